// Browser tests need real browsers, and test tools cannot download them here: use Debian's.
// `node scripts/ensure-browser.mjs chromium|firefox|webkit …`: on a fresh Debian machine run as root
// (CI), install what is missing; otherwise say exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';
import { webkitPaths } from './support/webkit-driver.mjs';

const browsers = {
  chromium: { files: { CHROME_PATH: chromiumPath }, packages: ['chromium'] },
  firefox: { files: { FIREFOX_PATH: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr' }, packages: ['firefox-esr'] },
  // WebKitGTK's MiniBrowser comes with libwebkit2gtk-4.1-0, which webkit2gtk-driver depends on.
  webkit: {
    files: { WEBKIT_WEBDRIVER_PATH: webkitPaths.driver, WEBKIT_MINIBROWSER_PATH: webkitPaths.browser, XVFB_PATH: webkitPaths.xvfb },
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

const names = process.argv.slice(2);
if (names.length === 0 || names.some((name) => !browsers[name])) {
  console.error(`Usage: node scripts/ensure-browser.mjs ${Object.keys(browsers).join('|')} [...]`);
  process.exit(2);
}
for (const name of names) {
  const browser = browsers[name];
  const missing = Object.entries(browser.files).filter(([, path]) => !existsSync(path));
  if (missing.length === 0) continue;
  const packages = browser.packages.join(' ');
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    const where = missing.map(([variable, path]) => `${path} (or set ${variable})`).join(', ');
    console.error(`Missing for the ${name} tests: ${where}. Install them (Debian: sudo apt-get install -y ${packages}).`);
    process.exit(1);
  }
  console.log(`Installing ${packages} from Debian (first run only)…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit' });
}
