// Browser tests need a Chromium; test tools cannot download one here, so use the system's.
// On a fresh Debian machine run as root (CI), install it; otherwise say exactly what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromiumPath as path } from './chromium.mjs';

if (!existsSync(path)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`No Chromium at ${path}. Install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.`);
    process.exit(1);
  }
  console.log('Installing Chromium from Debian (first run only)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}
