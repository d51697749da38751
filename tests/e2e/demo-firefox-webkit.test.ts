import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startServer } from '@ungeforlob/server';
import { WebKitSession, startXvfb } from '../../scripts/support/webkit-driver.mjs';
import { quietLogger, type RunningServer } from './harness.js';
import { until, widgetsNotShowingData } from './page-checks.js';

// The README's demo in the two other engines: Firefox ESR (municipal staff) and WebKit (the
// young person's iPhone), each against the real server on a fresh database. Playwright cannot drive
// Debian's builds of them, so Firefox goes through puppeteer over WebDriver BiDi and WebKit through
// WebKitWebDriver. Neither lets a script run before the page's own, so the page's policy
// violations are read where the browser reports them: the server's log.

/** What the tests need of a page, whichever engine shows it. */
interface EnginePage {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (it must not close over anything) and gives back its awaited result. */
  evaluate<T>(fn: (...args: never[]) => unknown, ...args: unknown[]): Promise<T>;
  /** A real click at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

async function openFirefox(): Promise<EnginePage> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: <T>(fn: (...args: never[]) => unknown, ...args: unknown[]) => page.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`) as Promise<T>,
    click: (x, y) => page.mouse.click(x, y),
    close: () => browser.close(),
  };
}

async function openWebKit(): Promise<EnginePage> {
  const xvfb = await startXvfb();
  const session = new WebKitSession(xvfb.display, { width: 1280, height: 900 });
  try {
    await session.open();
  } catch (error) {
    xvfb.process.kill('SIGKILL');
    throw error;
  }
  return {
    goto: async (url) => void (await session.session('POST', '/url', { url })),
    evaluate: (fn, ...args) => session.evaluate(fn.toString(), ...args),
    click: async (x, y) => void (await session.press(x, y)),
    close: async () => {
      await session.close();
      xvfb.process.kill('SIGKILL');
    },
  };
}

// In-page helpers: each is sent to the browser as source, so each stands alone.

/** Scrolls the element (or its label) to the middle of the window and gives its centre. */
function centreOf(widget: string, inside: string): { x: number; y: number } | null {
  const element = document.querySelector(widget)?.shadowRoot?.querySelector(inside);
  const target = element?.closest('label') ?? element;
  if (!target) return null;
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

function textIn(widget: string, inside: string): string {
  return (document.querySelector(widget)?.shadowRoot?.querySelector(inside)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function isChecked(widget: string, inside: string): boolean {
  return (document.querySelector(widget)?.shadowRoot?.querySelector(inside) as HTMLInputElement | null)?.checked === true;
}

function pageCentreOf(selector: string): { x: number; y: number } | null {
  const target = document.querySelector(selector);
  if (!target) return null;
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Breaks the page's policy on purpose: an inline style attribute. */
function breakThePolicy(): void {
  document.body.setAttribute('style', 'outline: 1px solid transparent');
}

const YOUTH_CARD = 'uf-contact-card[mode="youth"]';
const EMAIL = 'input[name="preferred-channel"][value="email"]';

for (const [engine, open] of [
  ['Firefox ESR', openFirefox],
  ['WebKit', openWebKit],
] as const) {
  describe(`demo portal page in ${engine}`, () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'uf-engines-'));
    const errors: string[] = [];
    let server: RunningServer;
    let page: EnginePage;

    before(async () => {
      const logger = { info: quietLogger.info, error: (line: string) => void errors.push(line) };
      [server, page] = await Promise.all([startServer({ port: 0, dataDir, logger }), open()]);
    });
    after(async () => {
      await page?.close();
      await server?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('every widget shows its data from the database under the strict policy, and the young person saves a choice that a reload keeps', async () => {
      await page.goto(`${server.url}/`);
      await until(
        'widgets not showing their data',
        () => page.evaluate<string[]>(widgetsNotShowingData),
        (missing) => missing.length === 0,
      );

      const email = await page.evaluate<{ x: number; y: number }>(centreOf, YOUTH_CARD, EMAIL);
      await page.click(email.x, email.y);
      assert.equal(await page.evaluate(isChecked, YOUTH_CARD, EMAIL), true, 'the click chose e-mail');
      const saveButton = await page.evaluate<{ x: number; y: number }>(centreOf, YOUTH_CARD, '[part~="save-button"], fieldset button');
      await page.click(saveButton.x, saveButton.y);
      await until(
        'the save status',
        () => page.evaluate<string>(textIn, YOUTH_CARD, 'fieldset [role="status"]'),
        (status) => status === 'Dit valg er gemt.',
      );

      await page.goto(`${server.url}/`);
      await until(
        'widgets not showing their data after a reload',
        () => page.evaluate<string[]>(widgetsNotShowingData),
        (missing) => missing.length === 0,
      );
      assert.equal(await page.evaluate(isChecked, YOUTH_CARD, EMAIL), true, 'the database kept the choice');
    });

    it('switches the page and every widget to English in place', async () => {
      const english = await page.evaluate<{ x: number; y: number }>(pageCentreOf, '[data-language="en"]');
      await page.click(english.x, english.y);
      await until(
        'the youth card in English',
        () => page.evaluate<string>(textIn, YOUTH_CARD, 'h3, h2'),
        (heading) => heading === 'Your contact person',
      );
      assert.deepEqual(await page.evaluate<string[]>(widgetsNotShowingData), []);
    });

    it('breaks no rule of the policy: the one violation logged is the one this test makes', async () => {
      assert.deepEqual(
        errors.filter((line) => line.startsWith('csp-violation')),
        [],
        'violations while loading, saving and switching language',
      );
      // The report channel works in this engine: a violation made on purpose reaches the log.
      await page.evaluate(breakThePolicy);
      await until(
        'the report of the violation made on purpose',
        async () => errors.filter((line) => line.startsWith('csp-violation')),
        (lines) => lines.length > 0,
        10_000,
      );
      assert.deepEqual(
        errors.map((line) => line.replace(/ requestId=\S+$/, '')),
        ['csp-violation directive=style-src-attr blocked=inline page=/'],
      );
    });
  });
}
