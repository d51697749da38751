// WebKit as Debian ships it: WebKitGTK's MiniBrowser, driven by WebKitWebDriver (package
// webkit2gtk-driver) over classic WebDriver, on a private Xvfb display. Playwright's WebKit cannot be
// downloaded here, and webdriverio (about 330 packages, with driver downloads in install scripts)
// would be a lot for the few WebDriver calls the test runner and the end-to-end tests make.
import { spawn } from 'node:child_process';
import { freePort } from './free-port.mjs';

export const webkitPaths = {
  driver: process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver',
  browser: process.env.WEBKIT_MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfb: process.env.XVFB_PATH || '/usr/bin/Xvfb',
};

/** Longer than any page load or script a test waits for. */
const COMMAND_TIMEOUT_MS = 60_000;

/** Starts Xvfb on the first free display and resolves with its name (":N"). */
export function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd makes Xvfb pick a free display and write its number once it accepts clients.
    const xvfb = spawn(webkitPaths.xvfb, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    xvfb.stderr.on('data', (chunk) => (stderr += chunk));
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${stderr.trim()}`)));
    xvfb.stdio[3].once('data', (chunk) => resolve({ process: xvfb, display: `:${String(chunk).trim()}` }));
  });
}

async function waitForDriver(baseUrl, child) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`${baseUrl}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`WebKitWebDriver did not answer at ${baseUrl}`);
}

/** One WebKitWebDriver process with one MiniBrowser session. */
export class WebKitSession {
  constructor(display, windowSize) {
    this.display = display;
    this.windowSize = windowSize;
  }

  async open() {
    const port = await freePort();
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.driver = spawn(webkitPaths.driver, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: this.display },
      stdio: 'ignore',
    });
    try {
      await waitForDriver(this.baseUrl, this.driver);
      const { sessionId, capabilities } = await this.command('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: webkitPaths.browser, args: ['--automation'] },
          },
        },
      });
      this.path = `/session/${sessionId}`;
      this.version = capabilities.browserVersion;
      await this.command('POST', `${this.path}/window/rect`, { x: 0, y: 0, ...this.windowSize });
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async command(method, path, body) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      // A browser that hangs fails its command instead of the whole run.
      signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
      method,
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  session(method, path, body) {
    return this.command(method, `${this.path}${path}`, body);
  }

  /**
   * WebDriver input actions (§17.5). Input state stays between calls (a button held down stays
   * down until released), as in the other launchers' browsers.
   */
  perform(actions) {
    return this.session('POST', '/actions', { actions });
  }

  /** A press at viewport coordinates: move there, down, up; by mouse (a click) or by touch (a tap). */
  press(x, y, { pointerType = 'mouse', button = 0 } = {}) {
    const at = { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) };
    const actions = [at, { type: 'pointerDown', button }, { type: 'pointerUp', button }];
    return this.perform([{ type: 'pointer', id: pointerType, parameters: { pointerType }, actions }]);
  }

  /** Runs `script` (a function's source) in the page with `args` and gives back what it returns, awaited. */
  evaluate(script, ...args) {
    return this.session('POST', '/execute/sync', { script: `return (${script})(...arguments);`, args });
  }

  async close() {
    try {
      if (this.path) await this.command('DELETE', this.path);
    } catch {
      // the browser may already be gone; the driver is killed next either way
    }
    this.driver?.kill('SIGKILL');
  }
}
