import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (override with CHROME_PATH); test tools cannot download browsers here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
    headless: true,
    // Without the background-networking flags Chromium floods the closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Server logs for end-to-end runs: errors only, so the runners' summaries stay readable. */
export const quietLogger = { info: () => {}, error: (message: string) => console.error(message) };
