import type { UserRole } from '../schemas/access.js';

/**
 * Who may use an operation. `team`: a professional, for a course assigned to one of their teams
 * (any professional where the route names no course, as for an offer); `own`: the young person,
 * for their own course only; `any`: everyone of that role. A role left out is refused with 403.
 * Written once per operation in the contract's table: the reference server enforces it, the
 * OpenAPI document states it (`x-access`), and the conformance kit checks it.
 */
export interface AccessRule {
  readonly professional?: 'team' | 'any';
  readonly youth?: 'own' | 'any';
  readonly administrator?: 'any';
  readonly offerAdministrator?: 'any';
  readonly leader?: 'any';
}

/** The rules the contract's operations use, by what they say. */
export const access = {
  /** Every signed-in user, whatever their role. */
  everyone: { professional: 'any', youth: 'any', administrator: 'any', offerAdministrator: 'any', leader: 'any' },
  /** The municipality's staff of every kind: its own data and aggregates, no young person's. */
  staff: { professional: 'any', administrator: 'any', offerAdministrator: 'any', leader: 'any' },
  /** The course's team, and the young person it is about. */
  teamOrOwn: { professional: 'team', youth: 'own' },
  /** The course's team only (or any professional where the route names an offer, not a course). */
  team: { professional: 'team' },
  /** The young person the course is about, only. */
  own: { youth: 'own' },
  /** Administrators only. */
  administrator: { administrator: 'any' },
  /**
   * Leaders and administrators: aggregates of young people's data. Not professionals, who know
   * their own courses and could take them out of an aggregate to learn another team's.
   */
  leadership: { leader: 'any', administrator: 'any' },
  /**
   * Every professional, whichever team: for the needs bank, where other teams' professionals answer
   * a young person's need without seeing the course (the route names no course).
   */
  professionals: { professional: 'any' },
  /** Offer administrators only: they keep the offer catalogue. */
  offerAdministrator: { offerAdministrator: 'any' },
} as const satisfies Record<string, AccessRule>;

const scopeText: Record<string, string> = {
  team: 'professional (only for a course assigned to one of their teams)',
  own: 'youth (only their own course)',
  any: '',
};

/** The rule in a sentence, for the OpenAPI document and the conformance kit's report. */
export function describeAccess(rule: AccessRule): string {
  const roles = (Object.entries(rule) as [UserRole, string][]).map(([role, scope]) => scopeText[scope] || role);
  return `Who may call: ${roles.join(', ')}. Every other role gets 403.`;
}

/** True when no signed-in caller can be refused: every role with scope `any`. */
export function refusesNobody(rule: AccessRule): boolean {
  return rule.professional === 'any' && rule.youth === 'any' && rule.administrator === 'any' && rule.offerAdministrator === 'any' && rule.leader === 'any';
}
