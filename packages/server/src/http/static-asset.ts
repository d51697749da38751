import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { compress, pickContentCoding, type ContentCoding } from './content-coding.js';

/** A file as it is served: its bytes, the tag that names them, and its compressed forms. */
interface Asset {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** Filled on first request for each coding and kept while the file is unchanged. */
  coded: Map<ContentCoding, Promise<Buffer>>;
}

export interface AssetOptions {
  type: string;
  cacheControl: string;
  /** Text (JS, CSS, JSON, HTML) compresses; fonts and images are compressed already. */
  compressible: boolean;
}

/** Cached by path, and read again when the file's size or time changes (a rebuild while running). */
const assets = new Map<string, { mtimeMs: number; size: number; asset: Asset }>();

/** The file at `path` as an {@link Asset}, or null when there is no such file. */
export async function readAsset(path: string): Promise<Asset | null> {
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const cached = assets.get(path);
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.asset;
  const body = new Uint8Array(await readFile(path));
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const asset: Asset = { body, etag, coded: new Map() };
  assets.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, asset });
  return asset;
}

/**
 * Send an asset with its ETag and caching, compressed as the request accepts, or a 304 when the
 * request names its tag in `If-None-Match`.
 */
export async function sendAsset(c: Context<AppEnv>, asset: Asset, options: AssetOptions): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': options.type, 'Cache-Control': options.cacheControl, ETag: asset.etag };
  if (options.compressible) headers.Vary = 'Accept-Encoding';
  if (namesTag(c.req.header('If-None-Match'), asset.etag)) return c.body(null, 304, headers);
  const coding = options.compressible ? pickContentCoding(c.req.header('Accept-Encoding')) : null;
  if (!coding) return c.body(asset.body, 200, headers);
  // Weak for a compressed form, as nginx does: the same content in other bytes; revalidating
  // with either tag finds the file unchanged (see namesTag).
  headers.ETag = `W/${asset.etag}`;
  let coded = asset.coded.get(coding);
  if (!coded) {
    coded = compress(asset.body, coding, 'most');
    asset.coded.set(coding, coded);
  }
  return c.body(new Uint8Array(await coded), 200, { ...headers, 'Content-Encoding': coding });
}

/** `If-None-Match` compares weakly (RFC 9110 §13.1.2): `W/"x"` and `"x"` name the same content. */
function namesTag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
