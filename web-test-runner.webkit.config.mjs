// The browser suite (SDK, widgets, stories) in WebKit, the engine of Safari that young people's
// iPhones run, and the young person's flows on a phone (tests/phone): Debian's WebKitGTK
// MiniBrowser through WebKitWebDriver on a private Xvfb display (packages webkit2gtk-driver and
// xvfb). Run with `npm run test:cross-browser`.
import base from './web-test-runner.config.mjs';
import { webkitLauncher } from './scripts/support/webkit-launcher.mjs';

/** `executeServerCommand('tap', { x, y })`: a touch tap at viewport coordinates. */
const tapCommand = {
  name: 'tap-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'tap') return undefined;
    await session.browser.tap(session.id, payload.x, payload.y);
    return true;
  },
};

export default {
  ...base,
  files: [...base.files, 'tests/phone/**/*.test.ts'],
  plugins: [...base.plugins, tapCommand],
  browsers: [webkitLauncher()],
  concurrency: 2,
};
