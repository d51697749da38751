import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer } from '@ungeforlob/server';
import { launchChromium, quietLogger, type RunningServer } from '../e2e/harness.js';
import { FaultProxy, LANE_HEADER, type ArmedRule, type FaultRule } from './fault-proxy.js';

/** The client's per-attempt timeout on the test page: a delay fault waits this long, not ten seconds. */
export const TIMEOUT_MS = 2_000;

// As strict as the demo page: widgets that work here work on a municipal intranet's policy.
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const PAGE_HTML =
  '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Fault injection</title><link rel="icon" href="data:,">' +
  '<script type="module" src="/faults/page.js"></script></head><body><main></main></body></html>';

async function buildPage(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'page', 'fault-page.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    tsconfig: join(import.meta.dirname, '..', '..', 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * A token for `user` from the demo server's dev-only sign-in, as the test page gets one
 * (`fetchToken` in page/fault-page.ts); null while the server has no sign-in yet, when it
 * accepts anonymous calls.
 */
async function signIn(serverUrl: string, user: string): Promise<string | null> {
  const response = await fetch(`${serverUrl}/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  if (response.status === 404 || response.status === 405) return null;
  assert.ok(response.ok, `sign-in as ${user} answered ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** One widget on the test page, as the page's `__faultMount` takes it. */
export interface WidgetPage {
  tag: string;
  course?: string;
  /** Who signs in: a professional (`s-jk01`, the default) or the course's young person (`p-7c21`). */
  user?: string;
  attributes?: Readonly<Record<string, string>>;
}

/**
 * One line of combinations run one after another, beside other lanes: its own browser context
 * and page, and fault rules that only break its own requests. Lanes let one combination's waits
 * (a timeout, a backoff, an autosave pause) overlap another's.
 */
export interface Lane {
  /**
   * The lane's page, showing a new instance of one widget through the proxy: the page is reused
   * (a new provider, client and widget each time) unless {@link discardPage} was called.
   */
  open(widget: WidgetPage): Promise<Page>;
  /** Uncaught errors and rejections on the page since the last {@link open}. */
  readonly pageErrors: readonly string[];
  /** Close the page (after a combination that did not hold), so the next one starts afresh. */
  discardPage(): Promise<void>;
  /** Break this lane's matching requests from now on. */
  inject(rule: FaultRule): ArmedRule;
  /** Forward this lane's requests unbroken again. */
  clear(): void;
}

/** The real server on a fresh data folder, the fault proxy in front of it, Chromium, and the test page. */
export interface FaultRig {
  readonly server: RunningServer;
  readonly proxy: FaultProxy;
  /** The lane of that name, made on first use. */
  lane(name: string): Lane;
  /** Reads `path` (below the API base) from the real server, past the proxy, as `user`: what was stored. */
  read(path: string, user?: string): Promise<unknown>;
}

/** Registers before/after hooks for a {@link FaultRig}. Call inside `describe`. */
export function useFaultRig(name: string): FaultRig {
  const dataDir = mkdtempSync(join(tmpdir(), `uf-${name}-`));
  let server: RunningServer | undefined;
  let proxy: FaultProxy | undefined;
  let browser: Browser | undefined;
  const lanes = new Map<string, Lane & { close(): Promise<void> }>();
  const must = <T>(value: T | undefined): T => value ?? assert.fail('the fault rig is used before its before() hook ran');

  before(async () => {
    const [started, launched, script] = await Promise.all([startServer({ port: 0, dataDir, logger: quietLogger }), launchChromium(), buildPage()]);
    [server, browser] = [started, launched];
    proxy = await FaultProxy.start(started.url);
    proxy.serve('/faults/', { type: 'text/html; charset=utf-8', headers: { 'content-security-policy': PAGE_POLICY }, body: PAGE_HTML });
    proxy.serve('/faults/page.js', { type: 'text/javascript; charset=utf-8', body: script });
  });
  after(async () => {
    for (const lane of lanes.values()) await lane.close();
    await browser?.close();
    await proxy?.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function makeLane(laneName: string): Lane & { close(): Promise<void> } {
    let context: Promise<BrowserContext> | undefined;
    let page: Page | undefined;
    let pageErrors: string[] = [];
    return {
      get pageErrors() {
        return pageErrors;
      },
      async discardPage() {
        await page?.close();
        page = undefined;
      },
      async open(widget) {
        if (!page) {
          // Playwright adds the header to every request of the context, fetches included.
          context ??= must(browser).newContext({ extraHTTPHeaders: { [LANE_HEADER]: laneName } });
          const opened = await (await context).newPage();
          opened.on('pageerror', (error) => pageErrors.push(error.message));
          await opened.goto(`${must(proxy).url}/faults/`);
          page = opened;
        }
        pageErrors = [];
        const mount = {
          tag: widget.tag,
          course: widget.course ?? 'c-4f2a91',
          user: widget.user ?? 's-jk01',
          timeoutMs: TIMEOUT_MS,
          attributes: widget.attributes ?? {},
        };
        await page.evaluate((config) => (window as unknown as { __faultMount(config: unknown): void }).__faultMount(config), mount);
        return page;
      },
      inject: (rule) => must(proxy).inject({ ...rule, lane: laneName }),
      clear: () => must(proxy).clear(laneName),
      async close() {
        await (await context)?.close();
      },
    };
  }

  return {
    get server() {
      return must(server);
    },
    get proxy() {
      return must(proxy);
    },
    lane(laneName) {
      let lane = lanes.get(laneName);
      if (!lane) lanes.set(laneName, (lane = makeLane(laneName)));
      return lane;
    },
    async read(path, user = 's-jk01') {
      const url = must(server).url;
      const token = await signIn(url, user);
      const response = await fetch(`${url}/api/v1/${path}`, {
        headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
      assert.ok(response.ok || response.status === 204, `GET ${path} as ${user} answered ${response.status}`);
      return response.status === 204 ? null : ((await response.json()) as unknown);
    },
  };
}
