export { documentedOperations, pathOf, type DocumentedOperation } from './contract-document.js';
export { responseProblems, jsonOf, type Answer } from './check-response.js';
export { runConformance, type ConformanceOptions } from './run-conformance.js';
export { Fixtures, readFixtures, DEFAULT_FIXTURES } from './fixtures.js';
export { Results, formatReport, type Outcome } from './report.js';
