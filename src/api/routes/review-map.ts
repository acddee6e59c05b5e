// The overview map's data: one value per state for a chosen relation as of a date.
// "recognises X" reads recognitions towards X in one query; "relations with X" finds X's
// partners in one query over the pair index and answers each pair as of the date.
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { queryRecognizers, queryRelations } from '../../store/events/index.js';
import { makeVersionedCache } from '../../store/reviews/index.js';
import type { Store } from '../../store/index.js';
import { dayParam, parseQuery, stateParam, today } from '../validate.js';
import type { ApiEnv } from '../api-env.js';

export interface MapValue {
  readonly state: string;
  /** `recognizes`/`does-not-recognize`, or a relations status (`established`, `severed`...). */
  readonly value: string;
  readonly since: string | null;
  readonly conflicted: boolean;
}

const mapQuery = z.object({
  relation: z.enum(['recognizes', 'relations', 'embassy']).default('recognizes'),
  state: stateParam,
  asOf: dayParam.optional(),
});

// Answers are remembered until the store changes: the overview asks the same question often.
const cached = makeVersionedCache<MapValue[]>();

export const mapRoutes = new Hono<ApiEnv>().get('/ui/map', async (c) => {
  const q = parseQuery(c, mapQuery);
  const asOf = q.asOf ?? today();
  const values = await cached(c.var.store.db, `${q.relation}|${q.state}|${asOf}`, () => mapValues(c.var.store.db, q.relation, q.state, asOf));
  return c.json({ relation: q.relation, state: q.state, asOf, values });
});

async function mapValues(db: Store, relation: 'recognizes' | 'relations' | 'embassy', state: string, asOf: string): Promise<MapValue[]> {
  const q = { relation, state };
  const values: MapValue[] = [];
  if (q.relation === 'recognizes') {
    const answer = await queryRecognizers(db, q.state, asOf);
    for (const r of answer.recognizers) values.push({ state: r.state, value: 'recognizes', since: r.since, conflicted: r.conflicts.length > 0 });
    for (const r of answer.nonRecognizers) values.push({ state: r.state, value: 'does-not-recognize', since: r.since, conflicted: r.conflicts.length > 0 });
  } else {
    const { rows } = await sql<{ state: string }>`select distinct case when pair_a = ${q.state} then pair_b else pair_a end as state
      from event_dyads where (pair_a = ${q.state} or pair_b = ${q.state}) and date_start <= ${asOf}`.execute(db);
    for (const { state } of rows) {
      const answer = await queryRelations(db, q.state, state, asOf);
      if (q.relation === 'relations') {
        if (answer.relations.status === 'unknown') continue;
        values.push({ state, value: answer.relations.status, since: answer.relations.since, conflicted: answer.conflicts.length > 0 });
      } else {
        const level = answer.missions.bInA;
        if (level === 'unknown') continue;
        values.push({ state, value: level, since: null, conflicted: answer.conflicts.length > 0 });
      }
    }
  }
  return values;
}
