// Events as the web UI shows them: one report with its document's title and link and the
// reviewer's verdict, listed newest first with every filter the UI offers, paginated.
import { sql } from 'kysely';
import { reviewsForEvents } from '../../store/reviews/index.js';
import type { Selectable } from 'kysely';
import type { DocumentsTable, EventsTable, Store } from '../../store/index.js';

export interface UiActor {
  readonly text: string;
  readonly code: string;
  readonly state: string | null;
  readonly name: string | null;
}

export interface UiEvent {
  readonly id: number;
  readonly document: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly type: string | null;
  readonly plover: string;
  readonly source: readonly UiActor[];
  readonly target: readonly UiActor[];
  readonly date: { readonly value: string | null; readonly granularity: string; readonly derivation: string; readonly start: string | null; readonly end: string | null };
  readonly polarity: string;
  readonly modality: string;
  readonly level: string | null;
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
  readonly sentence: string | null;
  readonly pattern: string;
  readonly confidence: number;
  readonly review: { readonly status: string; readonly reviewer: string; readonly at: string; readonly key: string } | null;
}

export interface UiEventFilter {
  readonly actor?: string;
  readonly type?: string;
  readonly since?: string;
  readonly until?: string;
  readonly polarity?: string;
  readonly modality?: string;
  /** Words of the source's address or title ("reuters", "example.org"). */
  readonly source?: string;
  readonly document?: string;
  /** Two state codes: events between them, either way. */
  readonly pair?: readonly [string, string];
  readonly review?: 'unreviewed' | 'confirmed' | 'rejected' | 'corrected';
  readonly ids?: readonly number[];
  readonly limit: number;
  readonly offset: number;
}

type Row = Pick<
  Selectable<EventsTable>,
  | 'id' | 'document_id' | 'type' | 'plover' | 'source_json' | 'target_json' | 'date_value' | 'granularity'
  | 'derivation' | 'date_start' | 'date_end' | 'polarity' | 'modality' | 'level' | 'evidence_start'
  | 'evidence_end' | 'evidence_text' | 'sentence_text' | 'pattern' | 'confidence'
> &
  Pick<DocumentsTable, 'title' | 'url' | 'published'>;

function actors(json: string): UiActor[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.map((a: Record<string, unknown>) => ({
    text: String(a.text ?? ''),
    code: String(a.code ?? ''),
    state: typeof a.state === 'string' ? a.state : null,
    name: typeof a.name === 'string' ? a.name : null,
  }));
}

function whereOf(f: UiEventFilter) {
  const where = [sql`1 = 1`];
  if (f.actor && /^[A-Z]{3}$/.test(f.actor)) {
    where.push(sql`e.id in (select event_id from event_dyads where src = ${f.actor} union select event_id from event_dyads where tgt = ${f.actor})`);
  } else if (f.actor) {
    const like = `%"code":${JSON.stringify(f.actor)}%`;
    where.push(sql`(e.source_json like ${like} or e.target_json like ${like})`);
  }
  if (f.type) where.push(sql`e.type = ${f.type}`);
  if (f.since) where.push(sql`coalesce(e.date_end, e.date_start) >= ${f.since}`);
  if (f.until) where.push(sql`e.date_start <= ${f.until}`);
  if (f.polarity) where.push(sql`e.polarity = ${f.polarity}`);
  if (f.modality) where.push(sql`e.modality = ${f.modality}`);
  if (f.document) where.push(sql`e.document_id = ${f.document}`);
  if (f.pair) {
    const [a, b] = f.pair[0] < f.pair[1] ? f.pair : [f.pair[1], f.pair[0]];
    where.push(sql`e.id in (select event_id from event_dyads where pair_a = ${a} and pair_b = ${b})`);
  }
  if (f.source) {
    const like = `%${f.source.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
    where.push(sql`e.document_id in (select id from documents where url like ${like} escape '\\' or title like ${like} escape '\\')`);
  }
  if (f.ids) where.push(f.ids.length ? sql`e.id in (${sql.join(f.ids.map((id) => sql`${id}`))})` : sql`0 = 1`);
  if (f.review === 'unreviewed') where.push(sql`not exists (select 1 from reviews r where r.event_id = e.id)`);
  else if (f.review) where.push(sql`exists (select 1 from reviews r where r.event_id = e.id and r.status = ${f.review})`);
  return sql.join(where, sql` and `);
}

export async function listUiEvents(db: Store, f: UiEventFilter, order: 'recent' | 'text' = 'recent'): Promise<{ total: number; events: UiEvent[] }> {
  const where = whereOf(f);
  const orderBy = order === 'text' ? sql`e.evidence_start, e.id` : sql`e.date_start desc nulls last, e.id desc`;
  const { rows } = await sql<Row>`select e.id, e.document_id, d.title, d.url, d.published, e.type, e.plover, e.source_json,
      e.target_json, e.date_value, e.granularity, e.derivation, e.date_start, e.date_end, e.polarity, e.modality, e.level,
      e.evidence_start, e.evidence_end, e.evidence_text, e.sentence_text, e.pattern, e.confidence
    from events e left join documents d on d.id = e.document_id
    where ${where} order by ${orderBy} limit ${f.limit} offset ${f.offset}`.execute(db);
  const { rows: counted } = await sql<{ n: number }>`select count(*) as n from events e where ${where}`.execute(db);
  const reviews = await reviewsForEvents(db, rows.map((r) => r.id));
  const events = rows.map((r): UiEvent => {
    const review = reviews.get(r.id);
    return {
      id: r.id,
      document: r.document_id,
      title: r.title,
      url: r.url,
      published: r.published,
      type: r.type,
      plover: r.plover,
      source: actors(r.source_json),
      target: actors(r.target_json),
      date: { value: r.date_value, granularity: r.granularity, derivation: r.derivation, start: r.date_start, end: r.date_end },
      polarity: r.polarity,
      modality: r.modality,
      level: r.level,
      evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
      sentence: r.sentence_text,
      pattern: r.pattern,
      confidence: r.confidence,
      review: review ? { status: review.status, reviewer: review.reviewer, at: review.updatedAt, key: review.eventKey } : null,
    };
  });
  return { total: Number(counted[0]?.n ?? 0), events };
}
