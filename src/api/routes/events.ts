import { Hono } from 'hono';
import { z } from 'zod';
import { queryEvents } from '../../store/events/index.js';
import { resolveStateQuery } from '../../knowledge/index.js';
import { dayParam, dayStartParam, parseQuery } from '../validate.js';
import type { ApiEnv } from '../api-env.js';

const eventsQuery = z.object({
  actor: z.string().min(1).optional(),
  type: z.string().regex(/^([a-z_]+|[A-Z]+)$/, 'an event type such as sever_relations, or a PLOVER type such as SANCTION').optional(),
  since: dayStartParam.optional(),
  until: dayParam.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** `/api/events`: stored reports filtered by actor, type and date (since is read as a day). */
export const eventsRoutes = new Hono<ApiEnv>().get('/events', async (c) => {
  const q = parseQuery(c, eventsQuery);
  const actor = q.actor ? (resolveStateQuery(q.actor) ?? q.actor.toUpperCase()) : undefined;
  const events = await queryEvents(c.var.store.db, {
    actor,
    type: q.type,
    since: q.since,
    until: q.until,
    limit: q.limit,
    offset: q.offset,
  });
  return c.json({ events, limit: q.limit, offset: q.offset });
});
