import type { ChildProcess } from 'node:child_process';

export declare const webkitPaths: { driver: string; browser: string; xvfb: string };

export declare function startXvfb(): Promise<{ process: ChildProcess; display: string }>;

export declare class WebKitSession {
  constructor(display: string, windowSize: { width: number; height: number });
  /** WebKitGTK's version, once open. */
  version: string | undefined;
  open(): Promise<void>;
  command<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** A command on this session: `path` is relative to `/session/{id}`. */
  session<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  perform(actions: unknown[]): Promise<unknown>;
  /** A press at viewport coordinates: move there, down, up; by mouse (a click) or by touch (a tap). */
  press(x: number, y: number, options?: { pointerType?: 'mouse' | 'touch'; button?: number }): Promise<unknown>;
  evaluate<T = unknown>(script: string, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}
