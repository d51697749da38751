// A @web/test-runner launcher for WebKit (see webkit-driver.mjs for how it is driven).
//
// Each of `concurrency` slots is one WebKitWebDriver with one MiniBrowser session; a test file
// takes a free slot, is navigated to, and gives the slot back when it stops. The launcher's type
// is 'webdriver', so @web/test-runner-commands' sendKeys and sendMouse reach it.
import { WebKitSession, startXvfb } from './webkit-driver.mjs';

/** WebDriver's code points for the keys the tests press (WebDriver §17.4.2). */
const KEY_CODES = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  Space: ' ',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
};
const MOUSE_BUTTONS = { left: 0, middle: 1, right: 2 };

export class WebKitLauncher {
  type = 'webdriver';
  name = 'WebKit';

  /** @param {{ windowSize?: { width: number, height: number } }} [options] */
  constructor(options = {}) {
    this.windowSize = options.windowSize ?? { width: 1280, height: 900 };
    this.free = [];
    this.waiting = [];
    this.slots = [];
    /** @type {Map<string, { slot: WebKitSession, url: string, navigation: Promise<unknown> }>} */
    this.active = new Map();
  }

  async initialize(config) {
    this.concurrency = config.concurrency ?? 1;
    this.xvfb = await startXvfb();
  }

  async acquire() {
    const idle = this.free.pop();
    if (idle) return idle;
    if (this.slots.length < this.concurrency) {
      const slot = new WebKitSession(this.xvfb.display, this.windowSize);
      this.slots.push(slot);
      try {
        await slot.open();
      } catch (error) {
        // The slot is free again for a later try; this test file fails with the reason.
        this.slots.splice(this.slots.indexOf(slot), 1);
        throw error;
      }
      this.name = `WebKit (WebKitGTK ${slot.version})`;
      return slot;
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  release(slot) {
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else this.free.push(slot);
  }

  async startSession(id, url) {
    const slot = await this.acquire();
    // The test page reports to the runner over its own socket; navigation only has to start it.
    // WebDriver answers a navigation at the load event, which a hanging test may never reach.
    const navigation = slot.session('POST', '/url', { url }).catch(() => undefined);
    this.active.set(id, { slot, url, navigation });
  }

  isActive(id) {
    return this.active.has(id);
  }

  getBrowserUrl(id) {
    return this.active.get(id)?.url;
  }

  async startDebugSession() {
    throw new Error('Debugging in WebKit is not supported: run MiniBrowser yourself and open the test URL.');
  }

  async stopSession(id) {
    const entry = this.active.get(id);
    if (!entry) return {};
    this.active.delete(id);
    await Promise.race([entry.navigation, new Promise((resolve) => setTimeout(resolve, 2000))]);
    try {
      await entry.slot.session('POST', '/url', { url: 'about:blank' });
      this.release(entry.slot);
    } catch {
      // a slot whose browser is gone is dropped; the next file opens a new one
      this.slots.splice(this.slots.indexOf(entry.slot), 1);
      await entry.slot.close();
      const next = this.waiting.shift();
      if (next) this.acquire().then(next.resolve, next.reject);
    }
    return {};
  }

  async stop() {
    await Promise.all(this.slots.map((slot) => slot.close()));
    this.slots = [];
    this.xvfb?.process.kill('SIGKILL');
  }

  /** For sendKeys: WebDriver key actions, each key pressed and released in turn. */
  sendKeys(id, keys) {
    const actions = keys.flatMap((key) => {
      const value = KEY_CODES[key] ?? key;
      return [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ];
    });
    return this.perform(id, [{ type: 'key', id: 'keyboard', actions }]);
  }

  sendMouseMove(id, x, y) {
    return this.pointer(id, [{ type: 'pointerMove', duration: 0, x, y }]);
  }

  sendMouseClick(id, x, y, button = 'left') {
    return this.slotOf(id).press(x, y, { button: MOUSE_BUTTONS[button] });
  }

  sendMouseDown(id, button = 'left') {
    return this.pointer(id, [{ type: 'pointerDown', button: MOUSE_BUTTONS[button] }]);
  }

  sendMouseUp(id, button = 'left') {
    return this.pointer(id, [{ type: 'pointerUp', button: MOUSE_BUTTONS[button] }]);
  }

  resetMouse(id) {
    return this.pointer(id, [
      { type: 'pointerUp', button: 0 },
      { type: 'pointerMove', duration: 0, x: 0, y: 0 },
    ]);
  }

  /** A tap: a touch pointer down and up at viewport coordinates. */
  tap(id, x, y) {
    return this.slotOf(id).press(x, y, { pointerType: 'touch' });
  }

  pointer(id, actions) {
    return this.perform(id, [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
  }

  perform(id, actions) {
    return this.slotOf(id).perform(actions);
  }

  slotOf(id) {
    const entry = this.active.get(id);
    if (!entry) throw new Error(`No WebKit session for test ${id}`);
    return entry.slot;
  }
}

/** @param {ConstructorParameters<typeof WebKitLauncher>[0]} [options] */
export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
