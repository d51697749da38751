export * from './common.js';
export * from './contact.js';
export * from './plan.js';
export * from './questionnaire.js';
export * from './progression.js';
export * from './access.js';
export * from './offer.js';
export * from './criteria-overview.js';
