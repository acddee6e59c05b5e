// Review over HTTP: file a verdict on an event, the review queue, the audit log. Writes pass the
// write guard mounted in make-app (token or loopback, anti-CSRF header, same origin).
import { Hono } from 'hono';
import { z } from 'zod';
import { listAuditLog, listReviewQueue, recordReview, reviewInputSchema, ReviewError } from '../../store/reviews/index.js';
import { ApiError } from '../api-error.js';
import { parseQuery } from '../validate.js';
import { listUiEvents } from './review-event-view.js';
import type { ApiEnv } from '../api-env.js';

const page = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

async function jsonBody(req: { json(): Promise<unknown> }): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new ApiError('bad_request', 'the body must be JSON');
  }
}

export const reviewRoutes = new Hono<ApiEnv>()
  .post('/reviews/events/:id', async (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id < 1) throw new ApiError('bad_request', `'${c.req.param('id')}' is not an event id`);
    const parsed = reviewInputSchema.safeParse(await jsonBody(c.req));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiError('bad_request', `${issue.path.join('.') || 'body'}: ${issue.message}`);
    }
    let review;
    try {
      review = await recordReview(c.var.store.db, id, parsed.data, { reviewer: parsed.data.reviewer ?? 'local reviewer' });
    } catch (error) {
      if (error instanceof ReviewError) throw new ApiError('bad_request', error.message);
      throw error;
    }
    if (!review) throw new ApiError('not_found', `no event ${id}`);
    return c.json({ review });
  })
  .get('/reviews/queue', async (c) => {
    const q = parseQuery(c, page);
    const queue = await listReviewQueue(c.var.store.db, q);
    const ids = queue.items.map((i) => i.eventId);
    const { events } = await listUiEvents(c.var.store.db, { ids, limit: ids.length || 1, offset: 0 });
    const byId = new Map(events.map((e) => [e.id, e]));
    const items = queue.items.flatMap((i) => {
      const event = byId.get(i.eventId);
      return event ? [{ ...event, conflicting: i.conflicting }] : [];
    });
    return c.json({ total: queue.total, limit: q.limit, offset: q.offset, items });
  })
  .get('/reviews/log', async (c) => {
    const q = parseQuery(c, page.extend({ key: z.string().min(1).max(300).optional() }));
    return c.json({ entries: await listAuditLog(c.var.store.db, { limit: q.limit, offset: q.offset, eventKey: q.key }) });
  });
