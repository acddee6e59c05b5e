// Factory for EventReport records (tests, benches and tools that build reports by hand).
import { dateBounds } from './date-bounds.js';
import type { DiplomaticType, Granularity, Modality, Polarity } from '../core/index.js';
import type { EventReport, StoredActor } from './types.js';

export interface ReportSketch {
  readonly id?: number;
  readonly document?: string;
  readonly origin?: string;
  readonly published?: string | null;
  readonly url?: string | null;
  readonly type: DiplomaticType;
  /** State or actor codes; `ORG:PLO@PSE` gives an organisation with its state. */
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly date?: string | null;
  readonly granularity?: Granularity;
  readonly derivation?: string;
  readonly polarity?: Polarity;
  readonly modality?: Modality;
  readonly level?: string | null;
  readonly locations?: readonly string[];
  readonly evidence?: string;
  /** Posts named by actors, by code: `{MEX: 'ambassador-actor'}`. */
  readonly posts?: Readonly<Record<string, string>>;
}

let counter = 0;

function actor(spec: string, posts: Readonly<Record<string, string>>): StoredActor {
  const [code, state] = spec.split('@');
  return { text: code, code, state: state ?? (/^[A-Z]{3}$/.test(code) ? code : null), name: null, sector: null, post: posts[code] ?? null };
}

export function makeReport(sketch: ReportSketch): EventReport {
  const id = sketch.id ?? ++counter;
  const document = sketch.document ?? `doc-${id}`;
  const evidence = sketch.evidence ?? `${sketch.source.join(', ')} ${sketch.type} ${sketch.target.join(', ')}`;
  const posts = sketch.posts ?? {};
  const date = sketch.date ?? null;
  return {
    kind: 'report',
    id,
    document,
    origin: sketch.origin ?? document,
    url: sketch.url ?? null,
    published: sketch.published ?? null,
    localId: `e${id}`,
    type: sketch.type,
    plover: 'SUPPORT',
    cameo: null,
    source: sketch.source.map((s) => actor(s, posts)),
    target: sketch.target.map((s) => actor(s, posts)),
    date: { ...dateBounds(date, sketch.granularity ?? (date ? 'day' : 'unknown')), derivation: sketch.derivation ?? (date ? 'explicit' : 'none') },
    polarity: sketch.polarity ?? 'asserted',
    modality: sketch.modality ?? 'actual',
    level: sketch.level ?? null,
    locations: sketch.locations ?? [],
    evidence: { start: 0, end: evidence.length, text: evidence },
    sentence: evidence,
    pattern: 'test',
    confidence: 0.9,
  };
}
