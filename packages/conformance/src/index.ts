export { documentedOperations, pathOf, type DocumentedOperation } from './contract-document.js';
export { responseProblems, jsonOf, type Answer } from './check-response.js';
