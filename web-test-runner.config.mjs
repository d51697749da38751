import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

// Debian's Chromium: test tools cannot download browsers on these machines. Override with CHROME_PATH.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
// Without the background-networking flags Chromium floods the closed network with refused connections.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default {
  files: ['packages/*/src/**/*.test.ts', 'tests/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'source', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, headless: true, args } })],
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  coverage: false,
  // Lit runs in dev mode in tests (its extra checks catch shadowed properties); its banner repeats per file and hides real warnings.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
