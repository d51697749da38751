import { CriteriaOverview, MINIMUM_COURSES } from '../schemas/criteria-overview.js';
import { IDEMPOTENCY_KEY_HEADER, problemTypes, routes } from '../client/api-paths.js';
import {
  OfferRollUp,
  QuestionnaireDefinition,
  QuestionnaireDefinitionSummary,
  QuestionnaireDraft,
  QuestionnaireDraftUpdate,
  QuestionnaireResponse,
  QuestionnaireSubmission,
} from '../schemas/questionnaire.js';
import { MAX_STORED_INT } from '../schemas/common.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

type Json = Record<string, unknown>;

/** The questionnaire routes of the OpenAPI document (issue #4), kept apart so the main file stays readable. */
export function questionnaireDocs({ ref, problem, etag, currentEtag, opaqueId }: OpenApiParts): ResourceDocs {
  const definitionId = { name: 'definitionId', in: 'path', required: true, description: 'The questionnaire, e.g. `strategic-criteria`.', schema: opaqueId };
  const subject = [
    definitionId,
    {
      name: 'subjectKind',
      in: 'path',
      required: true,
      description: "What the answers are about: a young person's course, or an offer in the catalogue.",
      schema: { type: 'string', enum: ['course', 'offer'] },
    },
    {
      name: 'subjectId',
      in: 'path',
      required: true,
      description: 'Opaque id of the course or offer. Never a CPR number: CPR-shaped values are refused with 400.',
      schema: opaqueId,
    },
  ];
  const json = (description: string, schema: Json, headers?: Record<string, Json>) => ({
    description,
    ...(headers ? { headers } : {}),
    content: { 'application/json': { schema } },
  });
  const conflict = {
    description: `The draft changed since the ETag in If-Match, or (with If-None-Match: *) exists already: type \`${problemTypes.editConflict}\`; \`current\` holds the stored draft and the ETag header its version. Without \`current\` when there is no draft (any more): it may have been submitted.`,
    headers: currentEtag,
    content: {
      'application/problem+json': { schema: { allOf: [ref('ProblemDetails'), { type: 'object', properties: { current: ref('QuestionnaireDraft') } }] } },
    },
  };
  return {
    schemas: [
      [
        QuestionnaireDefinition,
        {
          id: 'QuestionnaireDefinition',
          description:
            'A questionnaire as versioned data: criteria, items, sub-items, answer parts, required parts and show-conditions. Item and sub-item ids are unique in the whole definition; a rating condition names an earlier item with a rating.',
        },
      ],
      [QuestionnaireDefinitionSummary, { id: 'QuestionnaireDefinitionSummary', description: 'One version of a definition in the list of them.' }],
      [
        QuestionnaireDraft,
        {
          id: 'QuestionnaireDraft',
          description: 'Answers in progress for one subject (a course or an offer), by item and sub-item id.',
        },
      ],
      [QuestionnaireDraftUpdate, { id: 'QuestionnaireDraftUpdate', description: 'The answers in progress and the definition version they answer.' }],
      [
        QuestionnaireSubmission,
        {
          id: 'QuestionnaireSubmission',
          description: 'A round to submit: every required part of the items shown answered, nothing for hidden items.',
        },
      ],
      [
        QuestionnaireResponse,
        {
          id: 'QuestionnaireResponse',
          description: 'A submitted round; append-only, numbered per subject and questionnaire from 1.',
        },
      ],
      [
        OfferRollUp,
        {
          id: 'OfferRollUp',
          description: "Offers × criteria: each offer's latest round, scored against the definition version it answered.",
        },
      ],
      [
        CriteriaOverview,
        {
          id: 'CriteriaOverview',
          description: `Offers × criteria for leaders, for one calendar period: each offer's own review rounds, and per criterion the courses that used the offer; a course figure from the courses of fewer than ${MINIMUM_COURSES} young people is \`suppressed\`, and no count is sent.`,
        },
      ],
    ],
    parameters: {
      [routes.questionnaire.template]: [definitionId],
      [routes.questionnaireVersion.template]: [
        definitionId,
        { name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: MAX_STORED_INT } },
      ],
      [routes.questionnaireRollUp.template]: [definitionId],
      [routes.criteriaOverview.template]: [
        definitionId,
        {
          name: 'period',
          in: 'path',
          required: true,
          description: 'A calendar period: `all`, a year (`2026`), a half-year (`2026-H2`) or a quarter (`2026-Q4`).',
          schema: { type: 'string', pattern: '^(all|\\d{4}(-H[12]|-Q[1-4])?)$' },
        },
      ],
      [routes.questionnaireDraft.template]: subject,
      [routes.questionnaireResponses.template]: subject,
    },
    operations: {
      listQuestionnaireDefinitions: {
        summary: 'Every version of every questionnaire definition',
        responses: { '200': json('The versions, by id and version.', { type: 'array', items: ref('QuestionnaireDefinitionSummary') }) },
      },
      addQuestionnaireDefinition: {
        summary: 'Load a new definition version as data (a municipality’s edited questionnaire)',
        description:
          'Versions are immutable and only grow: a version that is not later than every stored version of its id is 409. Item and sub-item ids are unique in the whole definition, a part occurs once per item, only asked parts can be required, and a `showWhen` names an earlier item with a rating.',
        responses: {
          '201': json('The version, stored.', ref('QuestionnaireDefinition')),
          '409': problem(`That version or a later one exists: type \`${problemTypes.definitionVersionExists}\`. Versions are immutable and only grow.`),
        },
      },
      getQuestionnaireDefinition: {
        summary: 'The latest version of a definition',
        responses: { '200': json('The definition.', ref('QuestionnaireDefinition')) },
      },
      getQuestionnaireDefinitionVersion: {
        summary: 'One version of a definition: responses are shown against the version they answered',
        responses: { '200': json('The definition.', ref('QuestionnaireDefinition')) },
      },
      getQuestionnaireRollUp: {
        summary: 'Offers × criteria for leaders',
        responses: {
          '200': json("Each offer's latest round, scored against its own definition version; columns are the latest version's criteria.", ref('OfferRollUp')),
        },
      },
      getCriteriaOverview: {
        summary: 'Offers × criteria for leaders, for a period, with small numbers suppressed',
        description: `Aggregates only. Per offer in the catalogue with a review round in the period, or used then by the courses of at least ${MINIMUM_COURSES} young people (an effort with it that had started and ran in the period): its latest review round in the period with the change since the round before, its review rounds in the period (oldest first), and per criterion the mean of the latest round in the period of each course that used it, to one decimal. A course figure from the courses of fewer than ${MINIMUM_COURSES} young people is \`suppressed\`, and no figure carries a count: two means with their counts (two offers, two periods) could be subtracted to give one course's score. Not audited per course: no course's data is sent.`,
        responses: { '200': json('The overview.', ref('CriteriaOverview')) },
      },
      getQuestionnaireDraft: {
        summary: 'The answers in progress',
        responses: { '200': json('The draft.', ref('QuestionnaireDraft'), etag), '204': { description: 'No draft yet.' } },
      },
      saveQuestionnaireDraft: {
        summary: 'Save the answers in progress (autosave)',
        description:
          'Answers are checked against the version named in `definitionVersion` (`unknown_version`): ids the version has (`unknown_item`), parts the item asks for (`part_not_asked`), "don\'t know" only where allowed (`unknown_not_allowed`). A draft may be incomplete, and may keep an answer to an item its conditions hide now.',
        parameters: [
          {
            name: 'If-Match',
            in: 'header',
            required: false,
            description: 'The ETag of the draft the answers are based on. `*` is refused with 428.',
            schema: { type: 'string' },
          },
          {
            name: 'If-None-Match',
            in: 'header',
            required: false,
            description: '`*` to create the first draft, only if there is none. One of If-Match and If-None-Match is required (428).',
            schema: { type: 'string', enum: ['*'] },
          },
        ],
        responses: {
          '200': json('The saved draft.', ref('QuestionnaireDraft'), etag),
          '201': json('The draft, created.', ref('QuestionnaireDraft'), etag),
          '412': conflict,
          '428': problem('Send If-Match, or If-None-Match: * to create the draft.'),
        },
      },
      listQuestionnaireResponses: {
        summary: 'The submitted rounds, oldest first',
        responses: { '200': json('The rounds.', { type: 'array', items: ref('QuestionnaireResponse') }) },
      },
      submitQuestionnaireResponse: {
        summary: 'Submit a round; the draft is removed',
        description:
          'Checked as a draft is, and complete: every required part of every shown item answered (`required`), no answer to an item its `showWhen` hides (`not_shown`); sub-items are answered under their own ids. `replacesDraft` is the ETag of the draft these answers were saved as: that draft version is removed with the round, and a draft someone saved since stays. It is not part of what makes a retry the same submission.',
        parameters: [
          {
            name: IDEMPOTENCY_KEY_HEADER,
            in: 'header',
            required: true,
            description:
              'Makes the submit safe to retry: the same key again answers 200 with the round the first request made, never a second round. 16–128 of A–Z a–z 0–9 _ -; bare or as a quoted structured-field string.',
            schema: { type: 'string', pattern: '^"?[A-Za-z0-9_-]{16,128}"?$' },
          },
        ],
        responses: {
          '201': json('The round, made by this request.', ref('QuestionnaireResponse')),
          '200': json('The round an earlier request with this Idempotency-Key made.', ref('QuestionnaireResponse')),
          '422': problem(`The Idempotency-Key was used for a different submission: type \`${problemTypes.idempotencyKeyReused}\`.`),
        },
      },
    },
  };
}
