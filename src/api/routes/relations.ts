import { Hono } from 'hono';
import { z } from 'zod';
import { queryRecognizers, queryRelations, queryTimeline } from '../../store/events/index.js';
import { dayParam, parseQuery, stateParam, today } from '../validate.js';
import type { ApiEnv } from '../api-env.js';

const pairQuery = z
  .object({ a: stateParam, b: stateParam })
  .refine((q) => q.a !== q.b, { message: 'a and b must be two different states', path: ['b'] });

/** `/api/relations`, `/api/timeline`, `/api/recognizers`: the as-of questions. */
export const relationsRoutes = new Hono<ApiEnv>()
  .get('/relations', async (c) => {
    const q = { ...parseQuery(c, pairQuery), ...parseQuery(c, z.object({ asOf: dayParam.optional() })) };
    return c.json(await queryRelations(c.var.store.db, q.a, q.b, q.asOf ?? today()));
  })
  .get('/timeline', async (c) => {
    const q = parseQuery(c, pairQuery);
    return c.json(await queryTimeline(c.var.store.db, q.a, q.b));
  })
  .get('/recognizers', async (c) => {
    const q = parseQuery(c, z.object({ state: stateParam, asOf: dayParam.optional() }));
    return c.json(await queryRecognizers(c.var.store.db, q.state, q.asOf ?? today()));
  });
