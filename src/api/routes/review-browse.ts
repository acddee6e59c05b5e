// What the web UI reads beyond the core API: filtered, paginated event listings newest first,
// one event with its document and review history, an actor's partners, and the UI's vocabularies.
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { resolveStateQuery, stateName } from '../../knowledge/index.js';
import { knownEventTypes, listAuditLog, MODALITIES, POLARITIES } from '../../store/reviews/index.js';
import { ApiError } from '../api-error.js';
import { dayParam, dayStartParam, parseQuery } from '../validate.js';
import { listUiEvents } from './review-event-view.js';
import type { ApiEnv } from '../api-env.js';

const listQuery = z.object({
  actor: z.string().trim().min(1).max(80).optional(),
  type: z.string().regex(/^[a-z_]+$/, 'an event type such as sever_relations').optional(),
  since: dayStartParam.optional(),
  until: dayParam.optional(),
  polarity: z.enum(POLARITIES).optional(),
  modality: z.enum(MODALITIES).optional(),
  source: z.string().trim().min(1).max(200).optional(),
  document: z.string().min(1).max(200).optional(),
  pair: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const codes = value.split(',').map((v) => resolveStateQuery(v));
      if (codes.length !== 2 || !codes[0] || !codes[1]) {
        ctx.addIssue({ code: 'custom', message: `'${value}' is not two states (A,B)` });
        return z.NEVER;
      }
      return [codes[0], codes[1]] as const;
    }),
  review: z.enum(['unreviewed', 'confirmed', 'rejected', 'corrected']).optional(),
  order: z.enum(['recent', 'text']).default('recent'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const actorCode = (value: string): string => resolveStateQuery(value) ?? value.toUpperCase();

export const browseRoutes = new Hono<ApiEnv>()
  .get('/ui/meta', (c) =>
    c.json({ types: knownEventTypes().sort(), polarities: POLARITIES, modalities: MODALITIES }),
  )
  .get('/ui/events', async (c) => {
    const q = parseQuery(c, listQuery);
    const { order, ...filter } = q;
    const result = await listUiEvents(c.var.store.db, { ...filter, actor: q.actor ? actorCode(q.actor) : undefined }, order);
    return c.json({ ...result, limit: q.limit, offset: q.offset });
  })
  .get('/ui/events/:id', async (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id < 1) throw new ApiError('bad_request', `'${c.req.param('id')}' is not an event id`);
    const { events } = await listUiEvents(c.var.store.db, { ids: [id], limit: 1, offset: 0 });
    if (!events.length) throw new ApiError('not_found', `no event ${id}`);
    const event = events[0];
    const history = event.review ? await listAuditLog(c.var.store.db, { eventKey: event.review.key, limit: 100 }) : [];
    return c.json({ event, history });
  })
  .get('/ui/actors/:code', async (c) => {
    const code = actorCode(c.req.param('code'));
    const { rows: partners } = await sql<{ state: string; events: number }>`
      select case when src = ${code} then tgt else src end as state, count(distinct event_id) as events
      from event_dyads where src = ${code} or tgt = ${code} group by 1 order by 2 desc, 1 limit 60`.execute(c.var.store.db);
    const { rows: types } = await sql<{ type: string | null; events: number }>`
      select e.type, count(*) as events from events e
      where e.id in (select event_id from event_dyads where src = ${code} union select event_id from event_dyads where tgt = ${code})
      group by 1 order by 2 desc`.execute(c.var.store.db);
    return c.json({ code, name: stateName(code), partners: partners.map((p) => ({ ...p, name: stateName(p.state) })), types });
  });
