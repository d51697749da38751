// npm run bench: every benchmark in turn; each writes its own section of docs/benchmarks.md.
// Needs a build first (npm run build).
import { execSync } from 'node:child_process';

for (const script of ['bench/size.mjs', 'bench/plan-render.mjs', 'bench/progression-render.mjs', 'bench/layout-shift.mjs']) {
  console.log(`\n▶ ${script}`);
  execSync(`node ${script}`, { stdio: 'inherit' });
}
