import type { AccessRule } from '@ungeforlob/sdk';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError, problems } from '../http/problems.js';
import { parseCourseId, parsePathId } from '../http/request-validation.js';
import type { PrincipalRole } from './principals.js';

/**
 * Refuses the request with 403 unless the signed-in principal's role is allowed by `rule`, and,
 * where the route names a course (`:courseId`, or a questionnaire subject of kind `course`), they
 * may see that course. A course that does not exist is refused like one of another team's, so
 * nobody learns which ids exist. The courses a user may see were read with their principal, in
 * this request (see `authenticate`). The course id, parsed here once, is the request's `courseId`
 * (see {@link courseIdOf}).
 */
export function allow(rule: AccessRule): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    const scope = rule[principal.role];
    if (!scope) throw new ProblemError(problems.forbidden(refusal(principal.role)));
    const courseId = courseNamedBy(c);
    if (scope === 'own' && courseId === null) throw new ProblemError(problems.forbidden(refusal(principal.role)));
    if ((scope === 'team' || scope === 'own') && courseId !== null && !c.get('visibleCourseIds').has(courseId)) {
      throw new ProblemError(problems.forbidden('You may not see this course: it is not assigned to your team, or it is not yours.'));
    }
    c.set('courseId', courseId);
    await next();
  };
}

function refusal(role: PrincipalRole): string {
  return `This is not for the ${role} role.`;
}

/**
 * The course of a route that names one (`/courses/:courseId/…`), as `allow` parsed and checked
 * it. Throws when there is none: then the route lacks `allow`, a server mistake, never the client's.
 */
export function courseIdOf(c: Context<AppEnv>): string {
  const courseId = c.get('courseId');
  if (!courseId) throw new Error('this route names no course that allow() checked');
  return courseId;
}

/** The course a route is about, from its path; null when it names none. */
function courseNamedBy(c: Context<AppEnv>): string | null {
  const courseId = c.req.param('courseId');
  if (courseId !== undefined) return parseCourseId(courseId);
  if (c.req.param('subjectKind') === 'course') return parsePathId(c, 'subjectId');
  return null;
}
