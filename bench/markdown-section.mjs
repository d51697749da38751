// Each benchmark owns one marked section of docs/benchmarks.md and rewrites only that section,
// so benchmarks can run separately without erasing each other's results.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = 'docs/benchmarks.md';
const HEADER =
  '# Benchmarks\n\nWritten by the scripts under `bench/` (`npm run bench`); numbers are from the machine that ran them last. Performance goals live here, never as timed assertions in tests.\n';

export function writeSection(name, markdown) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  let text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  text = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, text);
}
