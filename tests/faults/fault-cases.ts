import assert from 'node:assert/strict';
import { da } from '../../packages/elements/src/i18n/messages.da.js';
import type { Fault } from './fault-proxy.js';
import { TIMEOUT_MS } from './fault-rig.js';

/**
 * What a person should be told, by the SDK's error kind: the widgets' Danish sentence for each.
 * `recovers`: nothing at all — the SDK retries by itself and the widget works as if nothing happened.
 */
export type Outcome = 'validation' | 'timeout' | 'server' | 'signedOut' | 'accessDenied' | 'conflict' | 'network' | 'recovers';

export interface FaultCase {
  /** Shown in the test name and the summary: `malformed JSON`, `503`, `401 once`. */
  name: string;
  fault: Fault;
  /** Break only this many requests (the SDK's own retry then succeeds). Default: every one. */
  times?: number;
  outcome: Outcome;
  /** The `uf-error` the widget must fire: the SDK error's kind and, for HTTP errors, status. */
  error?: { kind: 'validation' | 'timeout' | 'http' | 'conflict' | 'network'; status?: number };
  /** The request reaches the real server despite the fault (a write lands; only its answer is broken). */
  lands: boolean;
}

/** Past the client's timeout, with room to spare on a slow machine. */
const DELAY_MS = TIMEOUT_MS + 2_000;

const bodyFaults: FaultCase[] = [
  { name: 'malformed JSON', fault: { kind: 'malformedJson' }, outcome: 'validation', error: { kind: 'validation' }, lands: true },
  { name: 'wrong types', fault: { kind: 'wrongTypes' }, outcome: 'validation', error: { kind: 'validation' }, lands: true },
  { name: 'huge body (20 MB)', fault: { kind: 'hugeBody' }, outcome: 'validation', error: { kind: 'validation' }, lands: true },
];

const status = (code: 401 | 403 | 409 | 412 | 500 | 502 | 503, outcome: Outcome, kind: 'http' | 'conflict'): FaultCase => ({
  name: String(code),
  fault: { kind: 'status', status: code },
  outcome,
  error: { kind, status: code },
  lands: false,
});

const common: FaultCase[] = [
  ...bodyFaults,
  { name: 'delay past the timeout', fault: { kind: 'delay', ms: DELAY_MS }, outcome: 'timeout', error: { kind: 'timeout' }, lands: false },
  // The headers on time, then the body stops: the SDK's own limit on reading the body.
  { name: 'answer stalls past the timeout', fault: { kind: 'stall', ms: DELAY_MS }, outcome: 'timeout', error: { kind: 'timeout' }, lands: true },
  status(500, 'server', 'http'),
  status(502, 'server', 'http'),
  status(503, 'server', 'http'),
  status(401, 'signedOut', 'http'),
  status(403, 'accessDenied', 'http'),
  { name: 'connection cut', fault: { kind: 'cut' }, outcome: 'network', error: { kind: 'network' }, lands: false },
  { name: 'connection cut mid-answer', fault: { kind: 'cutMidAnswer' }, outcome: 'network', error: { kind: 'network' }, lands: true },
  // A token that expired between two calls: the SDK asks for a fresh one and tries once more.
  { name: '401 once', fault: { kind: 'status', status: 401 }, times: 1, outcome: 'recovers', lands: false },
];

/** Faults on a read. A 409 or 412 cannot answer a GET (it carries no If-Match), so they are left out. */
export const loadFaults: readonly FaultCase[] = [
  ...common,
  // One 503 is retried with backoff by the SDK: the person never sees it.
  { name: '503 once', fault: { kind: 'status', status: 503 }, times: 1, outcome: 'recovers', lands: false },
];

/** Faults on a write. */
export const writeFaults: readonly FaultCase[] = [...common, status(409, 'conflict', 'conflict'), status(412, 'conflict', 'conflict')];

/**
 * The widgets' one sentence for the fault's kind of error (`describeError`'s choice, written out
 * here so a wrong mapping makes the suite fail rather than agree with it). A widget may add its own
 * words after it ("not saved yet") or, for a conflict, say something of its own instead.
 */
export function errorSentence(fault: FaultCase, audience: 'youth' | 'staff' = 'youth'): string {
  assert.notEqual(fault.outcome, 'recovers', `${fault.name} shows no error`);
  // Staff are told what a 403 means for them (the course is not their team's), the young person to ask the municipality.
  if (fault.outcome === 'accessDenied' && audience === 'staff') return da.errors.staffAccessDenied;
  return da.errors[fault.outcome as Exclude<Outcome, 'recovers'>];
}

/**
 * Whether the widget offers "Prøv igen" (the questionnaire: "Gem nu") for this failure, on a load
 * and on a save alike: not after a 403, where the same request gets the same answer.
 */
export function offersRetry(fault: FaultCase): boolean {
  return fault.outcome !== 'accessDenied';
}

/** Whether the SDK calls the failure retryable (network, timeout, 5xx): the questionnaire then retries by itself. */
export function isRetryable(fault: FaultCase): boolean {
  return fault.outcome === 'network' || fault.outcome === 'timeout' || fault.outcome === 'server';
}

export { da };
