/**
 * A fault the in-memory transport can answer with, to show and test every error state of a
 * widget without a server: malformed bodies, error statuses, slowness, a dropped connection.
 */
export type TransportFault =
  /** Answer with this status and an RFC 9457 problem body. */
  | { kind: 'status'; status: number; title?: string }
  /** Answer 200 with this body as is (e.g. a contact with a field missing, or broken JSON). */
  | { kind: 'body'; body: string }
  /** Wait this long before answering normally (abort and the client's timeout still apply). */
  | { kind: 'delay'; ms: number }
  /** Never answer (until aborted): the loading state forever. */
  | { kind: 'hang' }
  /** Fail as fetch does when the server cannot be reached. */
  | { kind: 'network' }
  /** Send the headers and the start of a body, then nothing more (until aborted). */
  | { kind: 'stallBody' }
  /** Send the headers and the start of a body, then drop the connection. */
  | { kind: 'cutBody' };

export interface FaultRule {
  fault: TransportFault;
  /** Only requests with this method (default: any). */
  method?: string;
  /** How many requests it applies to before it is used up (default: every request). */
  times?: number;
}
