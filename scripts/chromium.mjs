// The one Chromium every browser-driving tool here launches: Debian's (test tools cannot download
// browsers on these machines), or whatever CHROME_PATH names. Without the background-networking
// flags Chromium floods the closed network with refused connections.

/** Where Chromium is: CHROME_PATH, else Debian's. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** The launch flags known to work on these machines (see ../shared/toolchain.md). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
