import { routes } from '../client/api-paths.js';
import { BankNeed, CourseNeeds, NeedInput, NeedsBank, ProposalDecisionInput, ProposalInput, SharedNeed } from '../schemas/needs-bank.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

/** The needs bank's routes of the OpenAPI document (issue #16). */
export function needsBankDocs({ ref, opaqueId, courseId, currentEtag, etag, problem, createOrChangeHeaders }: OpenApiParts): ResourceDocs {
  const pathId = (name: string, what: string) => ({
    name,
    in: 'path',
    required: true,
    description: `The ${what}'s opaque id, made by the client.`,
    schema: opaqueId,
  });
  const needId = pathId('needId', 'need');
  const proposalId = pathId('proposalId', 'proposal');
  const json = (description: string, schema: Record<string, unknown>) => ({ description, content: { 'application/json': { schema } } });
  const withCurrent = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { allOf: [ref('ProblemDetails'), { type: 'object', properties: { current: ref('SharedNeed') } }] } } },
  });
  return {
    schemas: [
      [
        NeedInput,
        { id: 'NeedInput', description: 'A need as the contact person shares it: the words the young person agreed to share, for one goal of the plan.' },
      ],
      [ProposalInput, { id: 'ProposalInput', description: "A professional's proposal for an open need: an offer of the catalogue, who, how and when." }],
      [
        ProposalDecisionInput,
        { id: 'ProposalDecisionInput', description: 'Accepted into the plan as a planned effort (its id and start), or declined with a reason.' },
      ],
      [
        SharedNeed,
        {
          id: 'SharedNeed',
          description:
            "A shared need with every proposal, as the course's team sees it. A young person is sent it without the reasons proposals were declined.",
        },
      ],
      [CourseNeeds, { id: 'CourseNeeds', description: "A course's shared needs, newest first." }],
      [
        BankNeed,
        {
          id: 'BankNeed',
          description:
            "An open need as a professional of another team sees it: the young person's shared words, the goal kind and an age band; no course, no name; only the caller's own proposals.",
        },
      ],
      [NeedsBank, { id: 'NeedsBank', description: "The open needs of every course not assigned to the caller's teams, newest first." }],
    ],
    parameters: {
      [routes.courseNeeds.template]: [courseId],
      [routes.courseNeed.template]: [courseId, needId],
      [routes.proposalDecision.template]: [courseId, needId, proposalId],
      [routes.needProposal.template]: [needId, proposalId],
    },
    operations: {
      listCourseNeeds: {
        summary: "The course's needs in the needs bank, with their proposals",
        description: "Every read is written to the course's audit log.",
        responses: { '200': json('The needs, newest first; empty when none is shared.', ref('CourseNeeds')) },
      },
      shareNeed: {
        summary: 'Share a need to the needs bank, or change or close it',
        description:
          "`If-None-Match: *` shares a new need; `If-Match: \"<version>\"` (the need's `version`) changes its words or agreement date, or closes it (`status: closed`) or opens it again. `goalId` names a goal of the course's plan when the need is shared or moved to another goal (`unknown_goal`); a need whose goal has since left the plan keeps its goal kind and can still be changed or closed. `agreedOn` is not after today in Denmark (`in_future`); `text` carries no CPR-shaped number (`cpr_number`); `id` is the path's (`id_mismatch`). `text` is all the bank shows of the young person: only what they agreed to share, in their words. Written to the course's audit log.",
        parameters: createOrChangeHeaders('need', 'share a new need'),
        responses: {
          '200': { description: 'The need, changed (or already as sent).', headers: etag, content: { 'application/json': { schema: ref('SharedNeed') } } },
          '201': { description: 'The need, shared.', headers: etag, content: { 'application/json': { schema: ref('SharedNeed') } } },
          '412': {
            ...withCurrent(
              "The need changed since that version, or (If-None-Match) a need with this id exists: `current` is the need now, when it is this course's.",
            ),
            headers: currentEtag,
          },
          '428': problem('Send If-Match, or If-None-Match: * to share the need.'),
        },
      },
      decideProposal: {
        summary: 'Accept a proposal into the plan, or decline it',
        description:
          "Accepting adds a planned effort under `effortId` to the course's plan (a new plan revision, signed by the caller), for the need's goal, with the proposal's offer, unit and person, starting `start`; and closes the need. The same decision again answers 200 with the need as it is (safe to retry). `effortId` already in the plan: 400 `duplicate_id`. A proposal of a closed need can be declined but not accepted (409 `urn:ungeforlob:problem:need-closed`): open the need again first. Written to the course's audit log.",
        responses: {
          '200': json('The need with the decision.', ref('SharedNeed')),
          '404': problem('The course has no need, or the need no proposal, with this id.'),
          '409': withCurrent(
            'The proposal was decided otherwise before (`urn:ungeforlob:problem:already-decided`): `current` is the need now. Or, accepting: the need is closed (`urn:ungeforlob:problem:need-closed`), or the course has no plan to add the effort to (both without `current`).',
          ),
        },
      },
      listOpenNeeds: {
        summary: "The needs bank: open needs of other teams' courses",
        description:
          "Without who the young person is or which course: only the shared words, the goal kind and an age band. Courses on the caller's own teams are left out (their needs go straight into the plan). Each need read is written to its course's audit log.",
        responses: { '200': json('The open needs, newest first.', ref('NeedsBank')) },
      },
      proposeForNeed: {
        summary: 'Answer an open need with a proposal',
        description:
          "Under a client-made id: the same proposal again answers 200 with what is stored; another proposal under a used id is 409 `urn:ungeforlob:problem:entry-id-taken`. The offer is an active offer of the catalogue (`not_offered`); its name, kind and unit are stored as the catalogue has them, whatever was sent. The caller's proposals come back without the reason the team declined one: it may say more about the young person than they agreed to share. A need of the caller's own team's course is refused with 403, one that is not there with 404, a closed one with 409 `urn:ungeforlob:problem:need-closed` (a retry too: a closed need's words are not shown again). Written to the course's audit log.",
        responses: {
          '200': json('The need, with the proposal already stored under this id.', ref('BankNeed')),
          '201': json('The need, with the proposal added.', ref('BankNeed')),
          '404': problem('There is no need with this id.'),
          '409': problem('The need was closed, or the id is taken by another proposal.'),
        },
      },
    },
  };
}
