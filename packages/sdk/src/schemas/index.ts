export * from './common.js';
export * from './contact.js';
