// npm run build: an ESM build (JS + .d.ts) per package, the custom-elements manifest, the
// single-file CDN bundle, and the OpenAPI document in docs/. Order matters: each package's types
// come from the one before it.
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

function step(label, command) {
  const started = Date.now();
  execSync(command, { stdio: 'inherit' });
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// tsc never deletes what it wrote before, so a file the build now leaves out (a test fixture, a
// removed module) would linger in dist and be published. Each package's dist is built afresh.
for (const name of ['sdk', 'elements', 'server']) rmSync(`packages/${name}/dist`, { recursive: true, force: true });

step('sdk', 'npm run build --silent -w @ungeforlob/sdk');
step('elements + custom-elements.json', 'npm run build --silent -w @ungeforlob/elements');
step('server', 'npm run build --silent -w @ungeforlob/server');
step('CDN bundle', 'npx rollup -c rollup.config.mjs --silent');

const { buildOpenApiDocument } = await import('@ungeforlob/sdk/openapi');
mkdirSync('docs', { recursive: true });
writeFileSync('docs/openapi.json', `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log('✓ docs/openapi.json');
