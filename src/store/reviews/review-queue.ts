// The review queue: unreviewed events, those in conflict with another report on the same pair
// first, then the least confident. "Conflict" here is a cheap proxy computed in one grouped
// query: the same pair in the same year has reports pulling opposite ways (established vs
// severed), the same act asserted and negated, or different degrees of a break (severed vs
// merely downgraded). The conflicting set is remembered until the store changes.
import { sql } from 'kysely';
import { makeVersionedCache } from './store-version.js';
import type { Store } from '../open-store.js';

const WARMING = ['establish_relations', 'restore_relations', 'recognize', 'upgrade_mission', 'open_embassy'];
const COOLING = ['sever_relations', 'suspend_relations', 'downgrade_relations', 'close_embassy', 'recall_ambassador', 'expel_diplomat'];
const BREAKS = ['sever_relations', 'suspend_relations', 'downgrade_relations'];

export interface QueueItem {
  readonly eventId: number;
  readonly conflicting: boolean;
  readonly confidence: number;
}

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));
const hotCache = makeVersionedCache<string>(4);

/** Ids (as a JSON array) of events whose pair-year holds conflicting reports. */
function conflictingIds(db: Store): Promise<string> {
  return hotCache(db, 'hot', async () => {
    const { rows } = await sql<{ id: number }>`
      with fam as (
        select y.event_id, y.pair_a, y.pair_b, substr(y.date_start, 1, 4) as yr, e.type, e.polarity,
          case when e.type in (${list(WARMING)}) then 'warming' else 'cooling' end as grp
        from event_dyads y join events e on e.id = y.event_id
        where y.type in (${list([...WARMING, ...COOLING])}) and y.date_start is not null
      ),
      hot as (
        select pair_a, pair_b, yr from fam group by pair_a, pair_b, yr
        having count(distinct grp) > 1
          or count(distinct type || '/' || polarity) > count(distinct type)
          or count(distinct case when type in (${list(BREAKS)}) then type end) > 1
      )
      select distinct f.event_id as id from fam f join hot h on h.pair_a = f.pair_a and h.pair_b = f.pair_b and h.yr = f.yr`.execute(db);
    return JSON.stringify(rows.map((r) => r.id));
  });
}

export async function listReviewQueue(db: Store, options: { limit?: number; offset?: number } = {}): Promise<{ items: QueueItem[]; total: number }> {
  const limit = options.limit ?? 50;
  const offset = options.offset ?? 0;
  const hot = await conflictingIds(db);
  const unreviewed = sql`not exists (select 1 from reviews r where r.event_id = e.id)`;
  const { rows: first } = await sql<{ id: number; confidence: number }>`select e.id, e.confidence from events e
    where e.id in (select value from json_each(${hot})) and ${unreviewed}
    order by e.confidence, e.id limit ${limit} offset ${offset}`.execute(db);
  const { rows: hotCount } = await sql<{ n: number }>`select count(*) as n from events e
    where e.id in (select value from json_each(${hot})) and ${unreviewed}`.execute(db);
  const nHot = Number(hotCount[0]?.n ?? 0);
  const items: QueueItem[] = first.map((r) => ({ eventId: r.id, conflicting: true, confidence: r.confidence }));
  if (items.length < limit) {
    const { rows: rest } = await sql<{ id: number; confidence: number }>`select e.id, e.confidence from events e
      where e.id not in (select value from json_each(${hot})) and ${unreviewed}
      order by e.confidence, e.id limit ${limit - items.length} offset ${Math.max(0, offset - nHot)}`.execute(db);
    items.push(...rest.map((r) => ({ eventId: r.id, conflicting: false, confidence: r.confidence })));
  }
  const { rows: counted } = await sql<{ n: number }>`select count(*) as n from events e where ${unreviewed}`.execute(db);
  return { items, total: Number(counted[0]?.n ?? 0) };
}
