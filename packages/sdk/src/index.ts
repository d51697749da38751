/**
 * @packageDocumentation
 * Headless, typed SDK for Ungeforløb: the API contract as zod schemas, a client, typed errors,
 * an in-memory transport, and framework-free stores that own fetching, validation and derived facts.
 */
export * from './schemas/index.js';
export * from './errors/index.js';
export { createClient, type ClientOptions, type CallOptions, type UpdateOptions, type ContactResource, type TokenProvider, type UfClient, type Versioned } from './client/create-client.js';
export { API_BASE_PATH, routes } from './client/api-paths.js';
export { formatIssuePath } from './client/issue-paths.js';
export { danishToday, danishClock, daysBetween, addDays, addMonths, DANISH_TIME_ZONE } from './time/calendar.js';
