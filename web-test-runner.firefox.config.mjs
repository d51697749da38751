// The browser suite (SDK, widgets, stories) in Firefox ESR, as municipal staff run it: Debian's
// firefox-esr driven by puppeteer over WebDriver BiDi (no geckodriver, no download). Run with
// `npm run test:cross-browser`; FIREFOX_PATH names another Firefox.
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import base from './web-test-runner.config.mjs';

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export default {
  ...base,
  // chromeLauncher drives any browser puppeteer launches; this one is Firefox.
  browsers: [chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } })],
  // One page at a time: Firefox over BiDi on two cores is slower to start pages than Chromium.
  concurrency: 1,
};
