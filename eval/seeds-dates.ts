// Seed event dates: for gold events matched by an extracted event, the share dated right at the
// gold granularity (a gold range accepts any date inside it). Also the dater alone, on synthetic
// events placed at each gold evidence span, so the time stage can be measured by itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyzeDocument } from '../src/pipeline.js';
import type { Doc, Event, EventActor } from '../src/core/index.js';
import { dateEvent } from '../src/time/date-events.js';
import { sharedDir } from './shared-dir.js';
import type { EvalSuite } from './suites.js';

const goldSchema = z.object({
  doc: z.string(),
  published: z.string().nullable(),
  events: z.array(
    z.object({
      type: z.string().nullable(),
      plover: z.string(),
      source: z.string().nullable(),
      target: z.string().nullable(),
      date: z.string().nullable(),
      granularity: z.string(),
      polarity: z.string(),
      modality: z.string(),
      evidence: z.string(),
      core: z.boolean().optional(),
    }),
  ),
});
type GoldEvent = z.infer<typeof goldSchema>['events'][number];

const symmetric = new Set(['establish_relations', 'restore_relations', 'sever_relations', 'meet', 'sign_agreement', 'suspend_relations']);

function sameActor(actors: readonly EventActor[], code: string | null): boolean {
  if (!code) return actors.length === 0;
  const wanted = code === 'ORG:PLO' ? ['ORG:PLO', 'PSE'] : [code];
  return actors.some((a) => wanted.includes(a.code) || (a.state !== null && wanted.includes(a.state) && !code.includes(':')));
}

function matches(e: Event, g: GoldEvent): boolean {
  if (e.type !== g.type && e.plover !== g.plover) return false;
  if (e.polarity !== g.polarity) return false;
  const direct = sameActor(e.source, g.source) && sameActor(e.target, g.target);
  const swapped = symmetric.has(g.type ?? '') && sameActor(e.source, g.target) && sameActor(e.target, g.source);
  return direct || swapped;
}

function bounds(value: string): [string, string] | null {
  const [a, b] = value.split('/');
  const lo = (v: string): string => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  const hi = (v: string): string => (v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v);
  if (!a) return null;
  return [lo(a), hi(b ?? a)];
}

/** Is our date the gold date at the gold granularity (inside the gold interval)? */
export function dateAgrees(ours: string | null, gold: string | null): boolean {
  if (gold === null) return ours === null;
  if (ours === null) return false;
  const o = bounds(ours);
  const g = bounds(gold);
  return Boolean(o && g && g[0] <= o[0] && o[1] <= g[1]);
}

function syntheticEvent(doc: Doc, g: GoldEvent, n: number): Event | null {
  const start = doc.text.indexOf(g.evidence);
  if (start < 0) return null;
  const end = start + g.evidence.length;
  const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
  return {
    kind: 'event', id: `g${n}`, type: null, plover: 'SUPPORT', cameo: null, source: [], target: [],
    date: { value: null, granularity: 'unknown', derivation: 'none', timex: null, announced: null },
    polarity: g.polarity === 'negated' ? 'negated' : 'asserted',
    modality: g.modality.startsWith('ongoing') ? 'ongoing' : g.modality === 'actual' ? 'actual' : 'intended',
    evidence: { start, end, text: g.evidence }, trigger: { start, end }, sentence, pattern: 'gold', confidence: 1,
    content: null, level: null,
  };
}

export const seedsDates: EvalSuite = {
  name: 'seeds-dates',
  async run() {
    const goldDir = join(sharedDir, 'eval/seeds-gold');
    const seedDir = join(sharedDir, 'corpus/seeds');
    if (!existsSync(goldDir) || !existsSync(seedDir)) {
      console.log('seeds-dates: ../shared seeds are absent; skipped');
      return;
    }
    const meta = z.record(z.string(), z.object({ published: z.string().nullable() })).parse(JSON.parse(readFileSync(join(seedDir, 'meta.json'), 'utf8')));
    let matched = 0, matchedRight = 0, core = 0, synthetic = 0, syntheticRight = 0;
    const wrong: string[] = [];
    const wrongMatched: string[] = [];
    for (const file of readdirSync(goldDir).filter((f) => /^\d{3}_.*\.json$/.test(f))) {
      const gold = goldSchema.parse(JSON.parse(readFileSync(join(goldDir, file), 'utf8')));
      const name = `${gold.doc}.txt`;
      const published = meta[name]?.published ?? gold.published;
      const doc = analyzeDocument({ id: gold.doc, text: readFileSync(join(seedDir, name), 'utf8'), meta: { published } });
      const used = new Set<string>();
      for (const g of gold.events.filter((e) => e.core)) {
        core++;
        // One to one; among events that match, the one whose evidence is nearest the gold evidence.
        const at = doc.text.indexOf(g.evidence);
        const distance = (e: Event): number =>
          at < 0 ? 0 : Math.max(0, e.evidence.start - (at + g.evidence.length), at - e.evidence.end);
        const hit = doc.events
          .filter((e) => !used.has(e.id) && matches(e, g))
          .sort((a, b) => distance(a) - distance(b))[0];
        if (hit) used.add(hit.id);
        if (hit) {
          matched++;
          if (dateAgrees(hit.date.value, g.date)) matchedRight++;
          else wrongMatched.push(`${g.type} ${g.source}->${g.target}: gold ${g.date} ours ${hit.date.value} (${hit.date.derivation}, ${hit.modality}) | ${hit.evidence.text.slice(0, 90)}`);
        }
        const ev = syntheticEvent(doc, g, synthetic);
        if (!ev) continue;
        synthetic++;
        const date = dateEvent(doc, ev, published);
        if (dateAgrees(date.value, g.date)) syntheticRight++;
        else wrong.push(`${g.type} ${g.source}->${g.target}: gold ${g.date} ours ${date.value} (${date.derivation}) | ${g.evidence.slice(0, 70)}`);
      }
    }
    const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
    console.log(`core gold events ${core}; matched by an extracted event ${matched}`);
    console.log(`matched events dated right at the gold granularity: ${matchedRight}/${matched} = ${pct(matchedRight, matched)} (target >= 90%)`);
    console.log(`dater alone, synthetic events at the gold evidence: ${syntheticRight}/${synthetic} = ${pct(syntheticRight, synthetic)}`);
    for (const w of wrongMatched) console.log(`  matched, wrong date: ${w}`);
    for (const w of wrong) console.log(`  dater alone, wrong date: ${w}`);
  },
};
