// Who may change the store over HTTP. Every write must (1) carry the X-Chancery-Csrf header, which
// a cross-site form or image cannot send and a cross-site script cannot send without a CORS
// preflight we never grant, (2) come from the page's own origin when the browser says where it
// came from, and (3) hold the token given to `chancery serve --token`, or, with no token set,
// come from a loopback address.
import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ApiError } from '../api/api-error.js';
import type { Context, MiddlewareHandler } from 'hono';

export const CSRF_HEADER = 'X-Chancery-Csrf';
export const TOKEN_HEADER = 'X-Chancery-Token';

export interface WriteGuardOptions {
  /** Writes need this token; null means loopback clients only. */
  readonly token: string | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function remoteAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // In-process requests (app.request in tests) have no socket.
    return null;
  }
}

export function isLoopback(address: string | null): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** Throws the ApiError a write request deserves, or returns when it may proceed. */
export function checkWrite(c: Context, options: WriteGuardOptions): void {
  if (!c.req.header(CSRF_HEADER)) throw new ApiError('forbidden', `writes need the ${CSRF_HEADER} header (sent by chancery's own page)`);
  const origin = c.req.header('Origin');
  const host = c.req.header('Host');
  if (origin && origin !== 'null') {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) throw new ApiError('forbidden', 'writes must come from the page served by this server');
  } else if (origin === 'null') {
    throw new ApiError('forbidden', 'writes must come from the page served by this server');
  }
  if (c.req.header('Sec-Fetch-Site') === 'cross-site') throw new ApiError('forbidden', 'cross-site writes are refused');
  if (options.token !== null) {
    const given = c.req.header(TOKEN_HEADER) ?? '';
    if (!sameToken(given, options.token)) throw new ApiError('forbidden', `writes need the token given to chancery serve --token (header ${TOKEN_HEADER})`);
    return;
  }
  if (!isLoopback(remoteAddress(c))) throw new ApiError('forbidden', 'without --token, writes are accepted from this machine only');
  // A page on another name that resolves to 127.0.0.1 (DNS rebinding) is same-origin with itself:
  // only loopback names may write without a token.
  if (!isLoopbackHost(host)) throw new ApiError('forbidden', 'without --token, writes must address the server as localhost or 127.0.0.1');
}

export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

export function guardWrites(options: WriteGuardOptions): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) checkWrite(c, options);
    await next();
  };
}
