import * as z from 'zod/mini';
import { Id, IsoDateTime, ShortText } from './common.js';

/** Who a signed-in user is to the server: what they may see and change follows from it. */
/**
 * `offerAdministrator`: keeps the municipality's offer catalogue (tilbudsvifte) up to date, and,
 * like an administrator, sees no course's data. `leader`: sees the municipality's aggregates (the
 * offers × criteria overview), never a course.
 */
export const UserRole = z.enum(['professional', 'youth', 'administrator', 'offerAdministrator', 'leader']);
export type UserRole = z.infer<typeof UserRole>;

/** The signed-in user and the courses they may see (`GET /me`): a host lists its course picker from it. */
export const Me = z.object({
  subject: z.string(),
  role: UserRole,
  name: ShortText,
  courseIds: z.array(Id),
});
export type Me = z.infer<typeof Me>;

/** One read or write of a course's personal data: who, in which role, what, when, in which request. */
export const AuditEntry = z.object({
  at: IsoDateTime,
  requestId: z.string(),
  /** The user's subject, never their name. */
  actor: z.string(),
  /** A {@link UserRole}; rows written before sign-in existed say `unauthenticated`. */
  role: z.string(),
  /** The API resource, e.g. `plan` or `questionnaire-draft`. */
  resource: z.string(),
  action: z.enum(['read', 'create', 'update', 'delete']),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** A course's audit log, oldest first: for a data protection officer answering a young person's request. */
export const CourseAuditLog = z.object({ courseId: Id, entries: z.array(AuditEntry) });
export type CourseAuditLog = z.infer<typeof CourseAuditLog>;
