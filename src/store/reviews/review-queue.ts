// The review queue: unreviewed events, those in conflict with another report on the same pair
// first, then the least confident. "Conflict" here is a cheap proxy computed in one query: the
// same pair in the same year has reports pulling opposite ways (established vs severed), the same
// act asserted and negated, or different degrees of a break (severed vs merely downgraded).
import { sql } from 'kysely';
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

export async function listReviewQueue(db: Store, options: { limit?: number; offset?: number } = {}): Promise<{ items: QueueItem[]; total: number }> {
  const { rows } = await sql<{ id: number; confidence: number; conflicting: number }>`
    with fam as (
      select y.event_id, y.pair_a, y.pair_b, substr(y.date_start, 1, 4) as yr, e.type, e.polarity,
        case when e.type in (${list(WARMING)}) then 'warming' else 'cooling' end as grp
      from event_dyads y join events e on e.id = y.event_id
      where e.type in (${list([...WARMING, ...COOLING])}) and y.date_start is not null
    ),
    hot as (
      select pair_a, pair_b, yr from fam group by pair_a, pair_b, yr
      having count(distinct grp) > 1
        or count(distinct type || '/' || polarity) > count(distinct type)
        or count(distinct case when type in (${list(BREAKS)}) then type end) > 1
    ),
    hot_events as (select distinct f.event_id from fam f join hot h on h.pair_a = f.pair_a and h.pair_b = f.pair_b and h.yr = f.yr)
    select e.id, e.confidence, (e.id in (select event_id from hot_events)) as conflicting
    from events e
    where not exists (select 1 from reviews r where r.event_id = e.id)
    order by conflicting desc, e.confidence asc, e.id
    limit ${options.limit ?? 50} offset ${options.offset ?? 0}`.execute(db);
  const { rows: counted } = await sql<{ n: number }>`select count(*) as n from events e
    where not exists (select 1 from reviews r where r.event_id = e.id)`.execute(db);
  return {
    items: rows.map((r) => ({ eventId: r.id, conflicting: Number(r.conflicting) === 1, confidence: r.confidence })),
    total: Number(counted[0]?.n ?? 0),
  };
}
