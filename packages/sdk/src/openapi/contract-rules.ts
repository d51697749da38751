import { IDEMPOTENCY_KEY_HEADER } from '../client/api-paths.js';
import { LIMITS, SIGN_IN } from '../contract/limits.js';
import { MAX_STORED_INT } from '../schemas/common.js';

const kib = (bytes: number) => `${bytes / 1024} KiB`;

/**
 * The rules every operation shares, as the document's description: what a vendor must implement
 * beyond the shapes. The numbers come from the constants the reference server enforces.
 */
export function contractRules(): string {
  return [
    'The contract between the Ungeforløb widgets and a case system. Errors are RFC 9457 problem details.',
    '## Sign-in',
    `Every operation needs \`Authorization: Bearer <access token>\`: a JWT access token (RFC 9068) whose JOSE \`typ\` is \`${SIGN_IN.accessTokenType}\` (an ID token is refused), signed with an asymmetric algorithm (${SIGN_IN.algorithms.join(', ')}), with \`iss\` and \`aud\` as configured, \`sub\`, \`exp\` and \`iat\`. A token issued more than ${SIGN_IN.maxTokenAgeSeconds / 3600} hours ago is refused whatever its \`exp\`; clocks may differ by ${SIGN_IN.clockToleranceSeconds} s. A missing or bad token is 401 with \`WWW-Authenticate: Bearer\` (RFC 6750); an identity provider that cannot be reached is 503, not 401. The token's \`sub\` is looked up on every request: a valid token of an unknown subject is 403.`,
    '## Who may call what',
    "Each operation's `x-access` names the roles that may call it: `professional: team` for a course assigned to one of the professional's teams (any professional where the path names an offer), `youth: own` for the young person's own course only, `any` for everyone of the role. Every other caller gets 403 — also for a course id that does not exist, so nobody learns which ids exist. It is checked on every request, as assignments are at that moment.",
    "## The young person's view",
    "A young person never receives staff-only fields: a contact's `caseload` and an absence's `reason`, the plan's setback notes (and the revisions that only recorded one), and progression annotations of kind `setback`. These fields are optional in the schemas so a server leaves them out. Nor may an edit they cannot see show: the ETag a young person gets is of what they are shown (a digest, not the stored version), so it stays while only hidden parts change, and their If-Match is compared with it; the plan's revisions they see are numbered 1, 2, 3 … among themselves. The server signs what is written: `notes[].author`, `updatedBy`, `submittedBy`, `revisions[].by` and a reading's `author` are the signed-in user's display name, whatever the client sent.",
    '## Concurrency',
    'A resource that can change (contact, plan, questionnaire draft, offer) is sent with a strong `ETag`. A change sends it back in `If-Match` (a list matches any of its tags; a weak tag `W/"…"` never matches): a stale tag is 412 with the stored version in `current` and its `ETag`; no `If-Match`, or `*`, is 428. A draft or an offer is created with `If-None-Match: *` (412 when one exists, also when `If-Match` is sent too, RFC 9110 §13.2.2). A plan change that changes nothing is 200 and writes no revision. Whether If-Match or the body is judged first is the implementation\'s choice (the reference server judges the body first: 400 before 412). `If-None-Match` on a read is ignored: reads answer 200, never 304.',
    '## Safe retries',
    `A questionnaire round is submitted with an \`${IDEMPOTENCY_KEY_HEADER}\` (16–128 of \`A–Z a–z 0–9 _ -\`, made by the client once per round and kept for every retry). Keys are one space across every user, subject and questionnaire, and are kept as long as the round: the same key with the same subject, version and answers is 200 with the round the first request made; with anything else it is 422. Readings and annotations are added by PUT under an id the client makes: the same body again is 200 with the stored entry, other content under the id is 409.`,
    '## Input',
    `Bodies are \`application/json\` in UTF-8 (else 415), at most ${kib(LIMITS.bodyBytes)} (else 413); request heads at most ${kib(LIMITS.headerBytes)} (else 431). Text is Unicode without NUL and without lone surrogates (\`invalid_text\`); whole numbers stored (versions, counts) are at most ${MAX_STORED_INT}. Unknown members of a closed request body (\`additionalProperties: false\`) are refused (\`unrecognized_keys\`, at the unknown member's own path, e.g. \`goals[0].extra\`); unknown members of a response are ignored by the client. Input the contract refuses is 400 with \`errors\` naming each field by path and code, never a value — never a 5xx.`,
    '## Load',
    'The client retries reads (never writes) after a network error, 408, 429, 500, 502, 503 or 504, waiting as `Retry-After` says. The reference server sets no rate limit; an implementation that does answers 429 with `Retry-After`.',
    '## Dates',
    'Dates are calendar days in Denmark (`YYYY-MM-DD`, Europe/Copenhagen: "today" and "in the future" are judged by the Danish calendar); times of day are Danish local time (`HH:MM`); instants are RFC 3339 with offset.',
  ].join('\n\n');
}
