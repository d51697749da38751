// The cross-browser suite needs Firefox ESR; test tools cannot download browsers here, so use the
// system's. On a fresh Debian machine run as root (CI), install it; otherwise say what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (!existsSync(path)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`No Firefox at ${path}. Install it (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox binary.`);
    process.exit(1);
  }
  console.log('Installing Firefox ESR from Debian (first run only)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', { stdio: 'inherit' });
}
