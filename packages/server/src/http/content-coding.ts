import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type ContentCoding = 'br' | 'gzip';

/**
 * The coding to send for a request's `Accept-Encoding`: brotli where the client takes it (every
 * current browser over HTTPS and on localhost), else gzip, else none. A coding listed with `q=0`
 * is refused, and `*` stands for any coding not listed (RFC 9110 §12.5.3).
 */
export function pickContentCoding(acceptEncoding: string | undefined): ContentCoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const entry of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: ContentCoding): number => weights.get(coding) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((coding) => weightOf(coding) > 0).sort((a, b) => weightOf(b) - weightOf(a));
  return best[0] ?? null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compress off the main thread (zlib's thread pool). `effort` is `'most'` for files compressed once
 * and kept (brotli 11, gzip 9) and `'fast'` for answers compressed per request (brotli 4, gzip 6:
 * close in size, many times cheaper).
 */
export function compress(body: Uint8Array, coding: ContentCoding, effort: 'most' | 'fast'): Promise<Buffer> {
  if (coding === 'gzip') return gzipAsync(body, { level: effort === 'most' ? 9 : 6 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: effort === 'most' ? 11 : 4,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}
