// Serves the built web client (Vite's output) from the same process as the API: fixed file
// types, no directory listing, nothing outside the build folder.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handler } from 'hono';

/** Where `npm run build:web` writes the client (the same from src/web under tsx and from dist/web). */
export const defaultWebRoot = (): string => fileURLToPath(new URL('../../dist/web-client/', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function serveStatic(root: string = defaultWebRoot()): Handler {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return next();
    }
    if (path === '/' || path === '') path = '/index.html';
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || !(extname(file) in TYPES) || !(await isFile(file))) {
      if (path !== '/index.html') return next();
      return c.text('The web client is not built: run `npm run build:web`, then reload.', 503);
    }
    const body = await readFile(file);
    const immutable = path.startsWith('/assets/');
    return c.body(body, 200, {
      'Content-Type': TYPES[extname(file)],
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}
