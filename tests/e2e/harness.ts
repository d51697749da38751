import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '@ungeforlob/server';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/** Debian's Chromium (override with CHROME_PATH); test tools cannot download browsers here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
}

/**
 * The folder every end-to-end server writes all its log lines to, made fresh for each run by
 * `scripts/node-tests.mjs --server-logs` (the `test:e2e` script). The last suite,
 * `zz-server-logs.test.ts`, searches them for personal data.
 */
export const SERVER_LOG_DIR_VARIABLE = 'UF_E2E_LOG_DIR';

/** One file per test file (each runs in a process of its own), so the scan can tell which suite left no log. */
export const serverLogFileOf = (testFile: string): string => `${basename(testFile)}.log`;

const serverLogDir = process.env[SERVER_LOG_DIR_VARIABLE];
const serverLogFile = serverLogDir && process.argv[1] ? join(serverLogDir, serverLogFileOf(process.argv[1])) : undefined;

function writeServerLog(level: 'info' | 'error', line: string): void {
  // Synchronous, so a line written just before the process ends is not lost.
  if (serverLogFile) appendFileSync(serverLogFile, `${new Date().toISOString()} ${level} ${line}\n`);
}

/**
 * Server logs for end-to-end runs: every line to the run's log folder (when there is one), and
 * errors also to the console, so the runners' summaries stay readable.
 */
export const quietLogger = {
  info: (line: string) => writeServerLog('info', line),
  error: (line: string) => {
    writeServerLog('error', line);
    console.error(line);
  },
};

export type RunningServer = Awaited<ReturnType<typeof startServer>>;

/** The real server on a fresh data folder, and Chromium: what an end-to-end suite runs against. */
export interface DemoRig {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** Stop the server and start it again on the same data folder. */
  restartServer(): Promise<void>;
  /** Stop the server; open pages stay, and their requests fail as when the network is down. */
  stopServer(): Promise<void>;
  /** Start it again on the same port and data folder, so open pages reach it again. */
  startServerAgain(): Promise<void>;
}

/**
 * Registers the suite's before/after hooks for a {@link DemoRig}: starts both before the first
 * test, closes both and deletes the data folder after the last. Call inside `describe`.
 */
export function useDemoRig(name: string): DemoRig {
  const dataDir = mkdtempSync(join(tmpdir(), `uf-${name}-`));
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let port = 0;
  const start = async () => {
    const started = await startServer({ port, dataDir, logger: quietLogger });
    port = Number(new URL(started.url).port);
    return started;
  };
  before(async () => {
    [server, browser] = await Promise.all([start(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    get server() {
      return server ?? assert.fail('the demo rig is used before its before() hook ran');
    },
    get browser() {
      return browser ?? assert.fail('the demo rig is used before its before() hook ran');
    },
    async restartServer() {
      await server?.close();
      server = await start();
    },
    async stopServer() {
      await server?.close();
    },
    async startServerAgain() {
      server = await start();
    },
  };
}
