import * as z from 'zod/mini';
import { API_BASE_PATH, problemTypes, routes } from '../client/api-paths.js';
import { CourseAuditLog, Me } from '../schemas/access.js';
import { ProblemDetails } from '../schemas/common.js';
import { Contact, ContactPatch } from '../schemas/contact.js';
import { Plan, PlanCommentUpdate, PlanUpdate } from '../schemas/plan.js';
import {
  OfferRollUp,
  QuestionnaireDefinition,
  QuestionnaireDefinitionSummary,
  QuestionnaireDraft,
  QuestionnaireDraftUpdate,
  QuestionnaireResponse,
  QuestionnaireSubmission,
} from '../schemas/questionnaire.js';
import { AnnotationInput, CourseProgression, ProgressionAnnotation, ProgressionReading, ReadingInput, ScaleSet } from '../schemas/progression.js';
import { accessDocs } from './access-paths.js';
import { pathsOf } from './openapi-parts.js';
import { progressionDocs } from './progression-paths.js';
import { questionnaireDocs } from './questionnaire-paths.js';

/**
 * The API contract as an OpenAPI 3.1 document, generated from the same zod schemas the client
 * validates with, so the document and the SDK cannot drift apart. Vendors implement this.
 * Kept out of the main entry (`@ungeforlob/sdk/openapi`) so browser bundles do not carry it.
 */
export function buildOpenApiDocument(options: { serverUrl?: string; version?: string } = {}): Record<string, unknown> {
  const registry = z.registry<{ id: string; description?: string }>();
  registry.add(ProblemDetails, { id: 'ProblemDetails', description: 'RFC 9457 problem details. Never contains personal data.' });
  registry.add(Contact, { id: 'Contact', description: 'The one fixed contact person of a course (kontaktperson).' });
  registry.add(ContactPatch, { id: 'ContactPatch', description: 'Changes a young person or professional may make to the contact resource.' });
  registry.add(Plan, {
    id: 'Plan',
    description: "The young person's one plan: life goal, goals, efforts across units, notes, transitions and revisions (newest first).",
  });
  registry.add(PlanUpdate, {
    id: 'PlanUpdate',
    description: "A professional's change: the editable parts, whole. The server stamps changedAt on what changed and writes one revision.",
  });
  registry.add(PlanCommentUpdate, { id: 'PlanCommentUpdate', description: "The young person's own comment; null removes it." });
  registry.add(QuestionnaireDefinition, {
    id: 'QuestionnaireDefinition',
    description:
      'A questionnaire as versioned data: criteria, items, sub-items, answer parts, required parts and show-conditions. Item and sub-item ids are unique in the whole definition; a rating condition names an earlier item with a rating.',
  });
  registry.add(QuestionnaireDefinitionSummary, { id: 'QuestionnaireDefinitionSummary', description: 'One version of a definition in the list of them.' });
  registry.add(QuestionnaireDraft, {
    id: 'QuestionnaireDraft',
    description: 'Answers in progress for one subject (a course or an offer), by item and sub-item id.',
  });
  registry.add(QuestionnaireDraftUpdate, { id: 'QuestionnaireDraftUpdate', description: 'The answers in progress and the definition version they answer.' });
  registry.add(QuestionnaireSubmission, {
    id: 'QuestionnaireSubmission',
    description: 'A round to submit: every required part of the items shown answered, nothing for hidden items.',
  });
  registry.add(QuestionnaireResponse, {
    id: 'QuestionnaireResponse',
    description: 'A submitted round; append-only, numbered per subject and questionnaire from 1.',
  });
  registry.add(OfferRollUp, {
    id: 'OfferRollUp',
    description: "Offers × criteria: each offer's latest round, scored against the definition version it answered.",
  });
  registry.add(ScaleSet, {
    id: 'ScaleSet',
    description:
      "Progression scales as versioned data. An anchored scale's step values are their places in `steps`, from 1; a measured scale has a unit and a range.",
  });
  registry.add(CourseProgression, { id: 'CourseProgression', description: "A course's readings and annotations, each oldest first." });
  registry.add(ProgressionReading, {
    id: 'ProgressionReading',
    description: 'One rating on one scale on one day, by the young person, the professional or both together. Append-only.',
  });
  registry.add(ReadingInput, {
    id: 'ReadingInput',
    description: 'A reading to add: the value must be a step of an anchored scale or within a measured scale’s range, and the day not in the future.',
  });
  registry.add(ProgressionAnnotation, { id: 'ProgressionAnnotation', description: "A small success or setback on the course's timeline." });
  registry.add(AnnotationInput, { id: 'AnnotationInput', description: 'An annotation to add.' });
  registry.add(Me, { id: 'Me', description: 'The signed-in user: subject, role, display name, and the ids of the courses they may see.' });
  registry.add(CourseAuditLog, {
    id: 'CourseAuditLog',
    description: "Every read and write of a course's personal data: who (subject), role, resource, action, time and request id.",
  });
  const jsonSchemas = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
    // 'input' describes what the client accepts: unknown members are ignored, not rejected.
    io: 'input',
  }).schemas;
  const schemas = Object.fromEntries(
    Object.entries(jsonSchemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );

  const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('ProblemDetails') } } });
  const courseId = {
    name: 'courseId',
    in: 'path',
    required: true,
    description: 'Opaque course id. Never a CPR number: CPR-shaped values (ddmmyy-xxxx, ten digits) are refused with 400.',
    schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$', not: { pattern: '^\\d{6}-?\\d{4}$' } },
  };
  const etag = { ETag: { description: 'Version of the resource; send it back as If-Match.', schema: { type: 'string' } } };
  const errors = {
    '400': problem(
      `The request did not match the contract: type \`${problemTypes.invalidRequest}\`, and \`errors\` names each field by path and code, never its value.`,
    ),
    '401': problem('Not signed in, or the token is expired or not for this API; the WWW-Authenticate header says which. Get a new token and retry once.'),
    '403': problem("The caller's role may not use this route, or the course is not assigned to their team (professional) or not their own (young person)."),
    '404': problem('No such course.'),
    '405': problem('Method not allowed; the Allow header lists the methods.'),
    '500': problem('Server error.'),
  };

  const ifMatch = {
    name: 'If-Match',
    in: 'header',
    required: true,
    description: 'The ETag the change is based on. `*` is refused with 428: it would overwrite any version silently.',
    schema: { type: 'string' },
  };
  /** What every If-Match write answers besides 200 (the resource) and the common errors. */
  const writeResponses = (resource: string) => ({
    '200': { description: `The updated ${resource.toLowerCase()}.`, headers: etag, content: { 'application/json': { schema: ref(resource) } } },
    ...errors,
    '412': {
      description: `The ${resource.toLowerCase()} changed since the given ETag: type \`${problemTypes.editConflict}\`; the body carries \`current\` (the stored version) and the ETag header its version. Without \`current\` and ETag when there is none (any more).`,
      headers: etag,
      content: { 'application/problem+json': { schema: { allOf: [ref('ProblemDetails'), { type: 'object', properties: { current: ref(resource) } }] } } },
    },
    '413': problem('The body is larger than the server accepts (512 KiB on the reference server).'),
    '415': problem('The body is not JSON.'),
    '428': problem('If-Match is required, and may not be `*`.'),
  });
  const jsonBody = (schema: string) => ({ required: true, content: { 'application/json': { schema: ref(schema) } } });
  const idOf = (schema: unknown): string => {
    const id = registry.get(schema as z.core.$ZodType)?.id;
    if (!id) throw new Error('A request body schema of the contract is not named in the OpenAPI registry');
    return id;
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'Ungeforløb API',
      version: options.version ?? '0.1.0',
      description:
        'The contract between the Ungeforløb widgets and a case system. Updates use ETag/If-Match so two professionals never overwrite each other silently. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: options.serverUrl ?? API_BASE_PATH }],
    security: [{ bearer: [] }],
    paths: pathsOf(
      [
        {
          parameters: { [routes.contact.template]: [courseId], [routes.plan.template]: [courseId], [routes.planComment.template]: [courseId] },
          operations: {
            getContact: {
              summary: "The course's contact person",
              responses: {
                '200': { description: 'The contact.', headers: etag, content: { 'application/json': { schema: ref('Contact') } } },
                '204': { description: 'The course has no contact assigned yet.' },
                ...errors,
              },
            },
            updateContact: { summary: "Change the young person's preferred channel", parameters: [ifMatch], responses: writeResponses('Contact') },
            getPlan: {
              summary: "The course's one plan",
              responses: {
                '200': { description: 'The plan.', headers: etag, content: { 'application/json': { schema: ref('Plan') } } },
                '204': { description: 'The course has no plan yet.' },
                ...errors,
              },
            },
            updatePlan: { summary: "A professional's change to the plan; writes one revision", parameters: [ifMatch], responses: writeResponses('Plan') },
            updatePlanComment: {
              summary: "The young person's own comment on the plan, with the plan's ETag",
              parameters: [ifMatch],
              responses: writeResponses('Plan'),
            },
          },
        },
        questionnaireDocs({ ref, problem, errors, etag }),
        progressionDocs({ ref, problem, errors }),
        accessDocs({ ref, errors }),
      ],
      (schema) => jsonBody(idOf(schema)),
    ),
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
