import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The CDN folder `npm run build` writes: the loader, the all-in-one file, `chunks/`. */
export const CDN_DIR = 'packages/elements/dist/cdn';

/** What `ungeforlob.chunks.json` says: the loader's name and, per tag, the files a page showing it fetches. */
export interface ChunkManifest {
  loader: string;
  tags: Record<string, string[]>;
  english: string[];
}

export function readChunkManifest(): ChunkManifest {
  const path = join(CDN_DIR, 'ungeforlob.chunks.json');
  assert.ok(existsSync(path), `${path} is missing: run npm run build first (npm test does)`);
  return JSON.parse(readFileSync(path, 'utf8')) as ChunkManifest;
}

/** A built file's size gzipped at level 9, as a CDN would send it without brotli. */
export function gzippedSize(file: string): number {
  return gzipSync(readFileSync(join(CDN_DIR, file)), { level: 9 }).length;
}

/** Every source map in the CDN folder with the sources it names, paths relative to the map. */
export function cdnSourceMaps(): { map: string; sources: string[] }[] {
  const maps = [...readdirSync(CDN_DIR), ...readdirSync(join(CDN_DIR, 'chunks')).map((file) => join('chunks', file))]
    .filter((file) => file.endsWith('.js.map'))
    .map((file) => join(CDN_DIR, file));
  // The loader, the all-in-one file and at least one chunk: fewer means the build has changed shape.
  assert.ok(maps.length >= 3, `only ${maps.length} source maps in ${CDN_DIR}: run npm run build first (npm test does)`);
  return maps.map((map) => ({ map, sources: (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources }));
}
