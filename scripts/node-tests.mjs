// Runs node:test over every *.test.ts below the given folders (or the given files). Node 20 does
// not expand glob patterns after --test (Node 21 does), so the file list is made here. Node runs
// the files in sorted order, which `--test-concurrency=1` keeps one after another.
//
// --server-logs: a fresh folder for the log lines of every server the tests start, passed on as
// UF_E2E_LOG_DIR (the end-to-end harness writes to it; its last suite searches it for personal
// data). Removed after a run that passed, kept for reading after one that failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SERVER_LOGS_FLAG = '--server-logs';
const args = process.argv.slice(2);
const paths = args.filter((arg) => !arg.startsWith('--'));
const flags = args.filter((arg) => arg.startsWith('--') && arg !== SERVER_LOGS_FLAG);
const files = paths.flatMap((path) =>
  statSync(path).isDirectory()
    ? readdirSync(path, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.test.ts'))
        .map((file) => join(path, file))
        .sort()
    : [path],
);
if (files.length === 0) {
  console.error(`No *.test.ts files in ${paths.join(', ')}`);
  process.exit(1);
}

const env = { ...process.env };
const serverLogDir = args.includes(SERVER_LOGS_FLAG) ? mkdtempSync(join(tmpdir(), 'uf-e2e-logs-')) : undefined;
if (serverLogDir) env['UF_E2E_LOG_DIR'] = serverLogDir;

const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...flags, ...files], {
  stdio: 'inherit',
  env,
});
const status = result.status ?? 1;
if (serverLogDir && status === 0) rmSync(serverLogDir, { recursive: true, force: true });
else if (serverLogDir) console.error(`Server logs of this run: ${serverLogDir}`);
process.exit(status);
