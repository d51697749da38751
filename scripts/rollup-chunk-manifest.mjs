import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Writes `ungeforlob.chunks.json` beside the loader: for each tag, the files a page showing it
 * fetches (the widget's chunk and every chunk it imports, in no particular order), and the loader's
 * own name. The size test and the benchmarks read it; a portal may turn a page's lists into
 * `<link rel="modulepreload">` so the chunks load in parallel with the loader (docs/embedding.md).
 *
 * The tags come from the loader's own table (`'uf-plan': () => import('../plan/define.js')`), so
 * a widget added there is in the manifest without a second list to keep.
 */
export function chunkManifest({ fileName = 'ungeforlob.chunks.json' } = {}) {
  return {
    name: 'chunk-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const loader = chunks.find((chunk) => chunk.isEntry);
      if (!loader?.facadeModuleId) this.error('chunk-manifest: the build has no entry');
      const table = readFileSync(loader.facadeModuleId, 'utf8');
      const tags = {};
      for (const [, tag, path] of table.matchAll(/'(uf-[a-z-]+)': \(\) => import\('([^']+)'\)/g)) {
        const target = resolve(dirname(loader.facadeModuleId), path);
        // A small module may be folded into a shared chunk (the provider into core) rather than be a chunk's facade.
        const chunk = chunks.find((candidate) => candidate.facadeModuleId === target) ?? chunks.find((candidate) => candidate.moduleIds.includes(target));
        if (!chunk) this.error(`chunk-manifest: no chunk for ${tag} (${path})`);
        tags[tag] = closure(chunk, bundle);
      }
      if (Object.keys(tags).length === 0) this.error('chunk-manifest: found no tags in the loader');
      // The shared catalogue's English and each widget's (messages.en, plan.copy.en, …): fetched only by pages in English.
      const english = chunks.filter((chunk) => chunk.isDynamicEntry && /\.en$/.test(chunk.name)).map((chunk) => chunk.fileName);
      this.emitFile({ type: 'asset', fileName, source: `${JSON.stringify({ loader: loader.fileName, tags, english }, null, 2)}\n` });
    },
  };
}

/** The chunk and everything it imports statically: what one widget costs a page. */
function closure(chunk, bundle, seen = new Set()) {
  if (seen.has(chunk.fileName)) return [...seen];
  seen.add(chunk.fileName);
  for (const imported of chunk.imports) closure(bundle[imported], bundle, seen);
  return [...seen];
}
