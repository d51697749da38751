// The visual suite (npm run test:visual): every story at container widths 320, 480, 768 and 1200 px,
// screenshot of the box compared with tests/visual/baselines/<stories file>--<story>--<width>.png.
// `npm run test:visual:update` rewrites them; see docs/visual-tests.md.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// The plugin's own pixelmatch comparison, which its package does not export (the version is pinned).
const { pixelMatchDiff } = await import(new URL('dist/pixelMatchDiff.js', import.meta.resolve('@web/test-runner-visual-regression/plugin')).href);

const update = process.argv.includes('--update');
const visualDir = 'tests/visual';
const baselines = path.join(visualDir, 'baselines');
const failed = path.join(visualDir, 'failed');
const chromiumRecord = path.join(baselines, 'chromium-version.txt');

// A failure names only this run's files.
rmSync(failed, { recursive: true, force: true });

// Text is drawn by the browser's own rasteriser: baselines hold for the Chromium that made them.
// Recorded beside them, so a failure after a browser upgrade says so instead of looking like a regression.
const chromiumVersion = existsSync(chromiumPath)
  ? execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  : 'unknown';
if (update) {
  mkdirSync(baselines, { recursive: true });
  writeFileSync(chromiumRecord, `${chromiumVersion}\n`);
}
const baselineChromium = existsSync(chromiumRecord) ? readFileSync(chromiumRecord, 'utf8').trim() : null;

// Tolerance (measured, see docs/visual-tests.md). Per pixel, pixelmatch's colour distance: 0.01
// lets through the off-by-one channel values Chromium leaves on a few edges between two runs of the
// same code, and catches a grey moved by 3 of 255 levels. Per screenshot, 8 differing pixels: the
// same code differs in none, one changed digit in 20, a recoloured border or a 4 px shift in hundreds.
const diffOptions = { threshold: 0.01 };
const failureThreshold = 8;

/** Chromium encodes the same pixels to the same bytes, so most screenshots need no decoding to compare. */
const imageDiff = (args) =>
  args.image.equals(args.baselineImage) ? { error: '', diffImage: undefined, diffPercentage: 0, diffPixels: 0 } : pixelMatchDiff(args);

/** An update keeps a baseline the screenshot still matches: the same look is never committed twice. */
async function saveBaseline({ filePath, content }) {
  if (existsSync(filePath)) {
    const { error, diffPixels } = imageDiff({ baselineImage: readFileSync(filePath), image: content, options: diffOptions });
    if (!error && diffPixels <= failureThreshold) return;
  }
  mkdirSync(path.dirname(filePath), { recursive: true });
  writeFileSync(filePath, content);
}

const comparison = visualRegressionPlugin({
  // Without --update a missing baseline fails (and CI never passes --update): a baseline is only
  // ever written on purpose, by someone who then looks at it before committing it.
  update,
  baseDir: visualDir,
  getBaselineName: ({ name }) => path.join('baselines', name),
  getFailedName: ({ name }) => path.join('failed', name),
  getDiffName: ({ name }) => path.join('failed', `${name}--diff`),
  saveBaseline,
  getImageDiff: imageDiff,
  diffOptions,
  failureThresholdType: 'pixel',
  failureThreshold,
});

/** Names of this run's screenshots, so an update can remove the baselines of stories that are gone. */
const attempted = new Set();
let failures = 0;

/**
 * The plugin's own messages name the diff only; these name the three files to open. How to accept
 * a change is said once, at the end: a message line with a word:word in it (an npm script's name)
 * is printed twice by the runner's stack-trace parser.
 */
const namedFailures = {
  name: 'visual-regression-messages',
  async executeCommand(args) {
    if (args.command !== 'visual-diff') return undefined;
    const name = args.payload.name;
    attempted.add(name);
    const result = await comparison.executeCommand(args);
    if (!result || result.passed) return result;
    failures += 1;
    const missing = result.errorMessage.startsWith('There was no baseline');
    const lines = [`${name}: ${missing ? 'no baseline to compare with.' : result.errorMessage.split('\n')[0]}`];
    lines.push(`  baseline:   ${path.join(baselines, `${name}.png`)}`);
    lines.push(`  screenshot: ${path.join(failed, `${name}.png`)}`);
    if (existsSync(path.join(failed, `${name}--diff.png`))) lines.push(`  diff:       ${path.join(failed, `${name}--diff.png`)} (red where it changed)`);
    if (baselineChromium && baselineChromium !== chromiumVersion) lines.push(`  The baselines were made with ${baselineChromium}; this is ${chromiumVersion}.`);
    return { ...result, errorMessage: lines.join('\n') };
  },
  async serverStop() {
    if (failures > 0) {
      console.log(
        `\n${failures} screenshot(s) differ from their baseline or have none; the new screenshots and the diffs are in ${failed}/.\n` +
          'If the change is intended: npm run test:visual:update, look at the new PNGs, then commit them (docs/visual-tests.md).',
      );
    }
    if (!update) return;
    // After an update, a baseline of a width that ran but of no screenshot taken belongs to a story
    // that was renamed or removed.
    const widths = new Set([...attempted].map((name) => name.split('--').at(-1)));
    for (const file of readdirSync(baselines).filter((file) => file.endsWith('.png'))) {
      const name = file.slice(0, -'.png'.length);
      if (widths.has(name.split('--').at(-1)) && !attempted.has(name)) {
        rmSync(path.join(baselines, file));
        console.log(`Removed ${path.join(baselines, file)}: no story of that name any more.`);
      }
    }
  },
};

// The test page, as a host page would be: IBM Plex Sans (the widgets inherit the host's font) in
// the weights the widgets use, nothing moving, no caret.
const fontWeights = ['400', '600', '700'];
const testRunnerHtml = (testFramework) => `<!doctype html>
<html lang="da">
  <head>
    ${fontWeights.map((weight) => `<link rel="stylesheet" href="/node_modules/@fontsource/ibm-plex-sans/${weight}.css">`).join('\n    ')}
    <link rel="stylesheet" href="/tests/visual/page.css">
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

// npm test runs this suite at the same time as the browser tests, whose runner takes the first free
// port from 8000: two runners looking at once can both pick 8000, so this one asks the system for any free port.
const port = await new Promise((resolve, reject) => {
  const probe = createServer();
  probe.on('error', reject);
  probe.listen(0, () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});

export default {
  port,
  files: ['tests/visual/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'source', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), namedFailures],
  testRunnerHtml,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      // Unhinted glyphs: their shapes then do not depend on the machine's fontconfig settings.
      launchOptions: { executablePath: chromiumPath, headless: true, args: [...chromiumArgs, '--font-render-hinting=none'] },
      // Wider than the widest box; one CSS pixel per device pixel; the widgets' reduced-motion rules
      // stop the loading placeholder's pulse; dates and numbers as a Danish user sees them.
      createBrowserContext: ({ browser }) =>
        browser.newContext({
          viewport: { width: 1280, height: 900 },
          deviceScaleFactor: 1,
          reducedMotion: 'reduce',
          locale: 'da-DK',
          timezoneId: 'Europe/Copenhagen',
        }),
    }),
  ],
  concurrency: 2,
  // A story 10,000 px tall at 320 px takes a while to photograph on a busy machine; a width's 48 stories more.
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  coverage: false,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
