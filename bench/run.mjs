// npm run bench: every benchmark in turn; each writes its own section of docs/benchmarks.md.
// Needs a build first (npm run build).
import { execSync } from 'node:child_process';

const scripts = [
  'bench/size.mjs',
  'bench/plan-render.mjs',
  'bench/plan-status.mjs',
  'bench/questionnaire-render.mjs',
  'bench/progression-render.mjs',
  'bench/layout-shift.mjs',
  'bench/demo-load.mjs',
  'bench/server.mjs',
];
for (const script of scripts) {
  console.log(`\n▶ ${script}`);
  execSync(`node ${script}`, { stdio: 'inherit' });
}
