// Query-string validation at the edge: zod schemas, failures become a 400 ApiError.
import { z } from 'zod';
import { asOfDay, resolveStateQuery } from '../knowledge/index.js';
import { ApiError } from './api-error.js';
import type { Context } from 'hono';

export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  const parsed = schema.safeParse(c.req.query());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ApiError('bad_request', `${issue.path.join('.') || 'query'}: ${issue.message}`);
}

/** A state name or code, resolved to ISO3. */
export const stateParam = z
  .string()
  .min(1)
  .transform((value, ctx) => {
    const code = resolveStateQuery(value);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: `unknown state '${value}'` });
      return z.NEVER;
    }
    return code;
  });

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, taken at its last day. */
export const dayParam = z
  .string()
  .transform((value, ctx) => {
    const day = asOfDay(value);
    if (!day) {
      ctx.addIssue({ code: 'custom', message: `'${value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)` });
      return z.NEVER;
    }
    return day;
  });

export const today = (): string => new Date().toISOString().slice(0, 10);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, taken at its first day (for "since"). */
export const dayStartParam = z.string().transform((value, ctx) => {
  if (!asOfDay(value)) {
    ctx.addIssue({ code: 'custom', message: `'${value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)` });
    return z.NEVER;
  }
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
});
