// The one error type of the HTTP API: a status and a code from a closed set, turned into JSON
// in one place (the app's onError handler).
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const API_ERROR_CODES = {
  bad_request: 400,
  not_found: 404,
  // Writes without the token, from another origin or without the anti-CSRF header (src/web/guard-writes.ts).
  forbidden: 403,
  too_large: 413,
  unavailable: 503,
  internal: 500,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_CODES;

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: ContentfulStatusCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.code = code;
    this.status = API_ERROR_CODES[code];
  }
}

/** The JSON body of every error response: `{error: {code, message}}`. */
export function errorResponse(c: Context, error: unknown): Response {
  const apiError = error instanceof ApiError ? error : new ApiError('internal', 'internal error');
  if (!(error instanceof ApiError)) console.error(error);
  return c.json({ error: { code: apiError.code, message: apiError.message } }, apiError.status);
}
