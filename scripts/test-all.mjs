// npm test: everything CI checks, in the order a failure is cheapest to find — typecheck, lint, format, build,
// browser tests (SDK + widgets + stories, headless Chromium; then Firefox ESR and WebKit) alongside the visual tests (every story's screenshot at four widths
// against tests/visual/baselines), Node tests (server, SDK against the
// real server, bundle budget; again on PostgreSQL when UF_TEST_DATABASE_URL is set, with several server instances behind HAProxy beside it), end-to-end (demo page in Chromium, and in Firefox ESR and WebKit, against the real server), the
// fault-injection suite (each widget × each fault through a proxy), and the Storybook build. Each runner's own summary is printed; the last line adds up the test counts.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'typecheck', command: 'npm run --silent typecheck' },
  // No import loops (madge, type-only imports included), then ESLint.
  { name: 'lint', command: 'npm run --silent lint' },
  { name: 'format', command: 'npm run --silent format:check' },
  { name: 'build', command: 'npm run --silent build' },
  { name: 'browser tests', command: 'npm run --silent test:browser', counts: wtrCounts },
  // At the same time as the browser tests: its own runner, port (see its config) and Chromium, and it writes only tests/visual/failed/.
  // Measured on 2 cores, the two together took 90–120 s against 135–185 s one after the other.
  { name: 'visual tests', command: 'npm run --silent test:visual', counts: wtrCounts, alongsidePrevious: true },
  // The same browser suite in Firefox ESR, then in WebKit with the young person's phone flows, after the Chromium runs: three browsers at once on two cores starve each other.
  { name: 'firefox tests', command: 'npm run --silent test:firefox', counts: wtrCounts },
  { name: 'webkit tests', command: 'npm run --silent test:webkit', counts: wtrCounts },
  { name: 'node tests', command: 'npm run --silent test:node', counts: nodeCounts },
  // The same server suite on a real PostgreSQL, when one is configured (CI sets it up).
  ...(process.env.UF_TEST_DATABASE_URL
    ? [
        { name: 'node on postgres', command: 'npm run --silent test:node', env: { DATABASE_URL: process.env.UF_TEST_DATABASE_URL }, counts: nodeCounts },
        // Three server processes behind HAProxy on the same PostgreSQL (its own schema), under 30 s of load.
        { name: 'instances', command: 'npm run --silent test:instances', counts: nodeCounts, alongsidePrevious: true },
      ]
    : []),
  { name: 'end-to-end', command: 'npm run --silent test:e2e', counts: nodeCounts },
  // Every widget × every fault through a proxy in front of the real server (issue #6).
  { name: 'faults', command: 'npm run --silent test:faults', counts: nodeCounts },
  // The npm pack tarballs installed into an empty folder, and working there; mostly waiting on npm.
  { name: 'packages', command: 'npm run --silent test:packages', counts: nodeCounts, alongsidePrevious: true },
  { name: 'storybook build', command: 'npm run --silent build-storybook' },
];

// Runners colour their output whatever FORCE_COLOR says; counts are read from the plain text.
// eslint-disable-next-line no-control-regex -- an ANSI colour code starts with the control character ESC.
const plain = (output) => output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

function wtrCounts(output) {
  const matches = [...plain(output).matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = matches.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : null;
}

function nodeCounts(output) {
  const passed = /^ℹ pass (\d+)/m.exec(plain(output));
  const failed = /^ℹ fail (\d+)/m.exec(plain(output));
  return passed && failed ? { passed: Number(passed[1]), failed: Number(failed[1]) } : null;
}

/** Runs a command; its output goes to the terminal as it comes, or, when `quiet`, only into the result. */
function run(command, env = {}, quiet = false) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...env } });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!quiet) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      if (!quiet) process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** A step and the steps marked to run alongside it start together. */
const batches = [];
for (const step of steps) {
  if (step.alongsidePrevious && batches.length > 0) batches.at(-1).push(step);
  else batches.push([step]);
}

const summary = [];
let passed = 0;
let failed = 0;
let broken = false;
for (const batch of batches) {
  console.log(`\n━━━ ${batch.map((step) => step.name).join(' + ')} ━━━`);
  // The first step's output streams; the others' is held and printed once the first is done, so the two never interleave.
  const runs = batch.map(async (step, index) => {
    const started = Date.now();
    const result = await run(step.command, step.env, index > 0);
    return { step, ...result, seconds: ((Date.now() - started) / 1000).toFixed(1) };
  });
  for (const [index, pending] of runs.entries()) {
    const { step, code, output, seconds } = await pending;
    if (index > 0) {
      console.log(`\n━━━ ${step.name} ━━━`);
      process.stdout.write(output);
    }
    const counts = step.counts?.(output);
    if (counts) {
      passed += counts.passed;
      failed += counts.failed;
    }
    summary.push(
      `${code === 0 ? '✓' : '✗'} ${step.name.padEnd(16)} ${seconds.padStart(6)} s${counts ? `   ${counts.passed} passed, ${counts.failed} failed` : ''}`,
    );
    if (code !== 0) broken = true;
  }
  if (broken) break;
}

console.log(`\n━━━ summary ━━━\n${summary.join('\n')}`);
if (broken && failed === 0) failed = 1; // a step that broke without a count still fails the run
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(broken ? 1 : 0);
