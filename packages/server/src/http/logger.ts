/**
 * Where the server writes its lines. `console` fits. Lines never carry names, bodies, concrete
 * paths or id values: only route templates, statuses, timings, request ids and error classes.
 */
export interface Logger {
  /** Access log and start-up lines (stdout with `console`). */
  info(line: string): void;
  /** Failures worth an operator's attention (stderr with `console`). */
  error(line: string): void;
}
