export type { Locale, Messages, AudienceMessages, Fragment } from './messages.js';
export { toLocale, pickLocale, messagesFor, loadMessages, type Rerenderable } from './locale.js';
export { defineCopy, type Copy } from './copy.js';
export { formatDate, formatShortDate, formatAppointmentTime, formatLocalTime, formatWeekdays, formatWeeklyHours } from './format.js';
export { describeError, canRetry, type Audience } from './error-message.js';
