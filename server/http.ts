import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptsGzip } from './acceptEncoding.ts';
import type { GzippedFiles } from './gzippedFiles.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

// Vite puts a content hash in every file name under /assets, so those never change in place.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built app, its text gzipped for browsers that take it. Any other path that is not a
 * file gets index.html, so a deep link such as /b/<id> opens the app, which then routes on the
 * client.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string, staticDir: string, gzipped: GzippedFiles): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed\n');
    return;
  }
  const root = path.resolve(staticDir);
  const file = resolveInside(root, pathname);
  if (file === null) return sendText(res, 404, 'Not found\n');

  const stat = await statFile(file);
  if (stat) return sendFile(req, res, { file, stat, gzipped }, pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
  // A missing hashed asset is a stale page asking for an old build: index.html would only be
  // parsed as script and fail in a more confusing way.
  if (pathname.startsWith('/assets/')) return sendText(res, 404, 'Not found\n');

  const index = path.join(root, 'index.html');
  const indexStat = await statFile(index);
  if (!indexStat) return sendText(res, 503, 'Journeyboard has not been built yet: run `npm run build`, then start the server again.\n');
  return sendFile(req, res, { file: index, stat: indexStat, gzipped }, 'no-cache');
}

/** The file a URL path names, or null when the path is malformed or would leave `root`. */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function statFile(file: string): Promise<fs.Stats | null> {
  try {
    const stat = await fs.promises.stat(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

interface StaticFile {
  file: string;
  stat: fs.Stats;
  gzipped: GzippedFiles;
}

async function sendFile(req: IncomingMessage, res: ServerResponse, { file, stat, gzipped }: StaticFile, cacheControl: string): Promise<void> {
  const compressed = gzipped.get(file, stat);
  const body = compressed && acceptsGzip(req.headers['accept-encoding']) ? await compressed : null;
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': body?.byteLength ?? stat.size,
    'cache-control': path.basename(file) === 'index.html' ? 'no-cache' : cacheControl,
    'x-content-type-options': 'nosniff',
    // A cache between here and the browser keeps the two forms of a compressible file apart.
    ...(compressed ? { vary: 'accept-encoding' } : {}),
    ...(body ? { 'content-encoding': 'gzip' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (body) {
    res.end(body);
    return;
  }
  await pipeline(fs.createReadStream(file), res);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}
