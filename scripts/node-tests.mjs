// Runs node:test over every *.test.ts below the given folders. Node 20 does not expand glob
// patterns after --test (Node 21 does), so the file list is made here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const folders = args.filter((arg) => !arg.startsWith('--'));
const flags = args.filter((arg) => arg.startsWith('--'));
const files = folders.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(folder, file))
    .sort(),
);
if (files.length === 0) {
  console.error(`No *.test.ts files in ${folders.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...flags, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
