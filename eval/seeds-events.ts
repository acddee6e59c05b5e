// Seeds: events from the raw seed texts against the seeds gold. A match needs the type (or the
// PLOVER type when either side has no subtype), source, target and polarity; symmetric types
// match either way; ORG:PLO counts as PSE. Reports core recall, precision and date agreement.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyzeDocument, makePipeline } from '../src/pipeline.js';
import { getEventLexicon } from '../src/events/index.js';
import { sharedDir } from './shared-dir.js';
import type { EvalSuite } from './suites.js';
import type { DiplomaticType, Event, EventActor } from '../src/core/index.js';

const goldEvent = z.object({
  type: z.string().nullable(),
  plover: z.string(),
  source: z.string().nullable(),
  target: z.string().nullable(),
  date: z.string().nullable(),
  granularity: z.string(),
  polarity: z.string(),
  evidence: z.string(),
  core: z.boolean(),
  zone: z.string().optional(),
});
type Gold = z.infer<typeof goldEvent>;
const goldFile = z.object({ events: z.array(goldEvent) });
const metaFile = z.record(z.string(), z.object({ published: z.string().nullable() }));

const EQUIVALENT: Readonly<Record<string, string>> = { 'ORG:PLO': 'PSE' };

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4));
}

/** Does our actor stand for the gold code? Named non-state actors match on a shared name word. */
export function actorMatches(ours: EventActor, gold: string): boolean {
  const g = EQUIVALENT[gold] ?? gold;
  const o = EQUIVALENT[ours.code] ?? ours.code;
  if (o === g) return true;
  if (!g.includes(':') || !o.includes(':')) return false;
  if (g.split(':')[0] !== o.split(':')[0]) return false;
  const gw = words(g.split(':')[1]!.replace(/[-_]/g, ' '));
  return [...words(`${o.split(':')[1]!.replace(/[-_]/g, ' ')} ${ours.name ?? ''} ${ours.text}`)].some((w) => gw.has(w));
}

function sideMatches(ours: readonly EventActor[], gold: string | null): boolean {
  if (gold === null) return ours.length === 0;
  return ours.length > 0 && ours.every((a) => actorMatches(a, gold));
}

export function eventMatches(e: Event, g: Gold): boolean {
  const typeOk = e.type !== null && g.type !== null ? e.type === g.type : e.plover === g.plover;
  if (!typeOk || e.polarity !== g.polarity) return false;
  if (sideMatches(e.source, g.source) && sideMatches(e.target, g.target)) return true;
  const symmetric = g.type !== null && getEventLexicon().types.get(g.type as DiplomaticType)?.symmetric === true;
  return symmetric && sideMatches(e.source, g.target) && sideMatches(e.target, g.source);
}

function bounds(value: string): [string, string] {
  const [a, b = a] = value.split('/');
  const lo = a!.length === 4 ? `${a}-01-01` : a!.length === 7 ? `${a}-01` : a!;
  const hi = b.length === 4 ? `${b}-12-31` : b.length === 7 ? `${b}-31` : b;
  return [lo, hi];
}

export function dateMatches(value: string | null, g: Gold): boolean {
  if (value === null || g.date === null) return false;
  if (g.granularity === 'range') {
    const [lo, hi] = bounds(g.date);
    const [s, e] = bounds(value);
    return s >= lo && e <= hi;
  }
  const len = g.granularity === 'day' ? 10 : g.granularity === 'month' ? 7 : g.granularity === 'year' ? 4 : 3;
  return !value.includes('/') && value.length >= len && value.slice(0, len) === g.date.slice(0, len);
}

export const seedsEvents: EvalSuite = {
  name: 'seeds-events',
  async run() {
    const seeds = join(sharedDir, 'corpus/seeds');
    const goldDir = join(sharedDir, 'eval/seeds-gold');
    if (!existsSync(seeds) || !existsSync(goldDir)) return console.log('seeds-events: seeds are absent; skipped');
    const meta = metaFile.parse(JSON.parse(readFileSync(join(seeds, 'meta.json'), 'utf8')));
    const stages = makePipeline();
    let core = 0, coreHit = 0, emitted = 0, correct = 0, dated = 0, dateOk = 0;
    for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
      const id = name.replace(/\.txt$/, '');
      const goldPath = join(goldDir, `${id}.json`);
      if (!existsSync(goldPath)) continue;
      const gold = goldFile.parse(JSON.parse(readFileSync(goldPath, 'utf8'))).events.filter((g) => g.zone !== 'boilerplate');
      const published = meta[name]?.published ?? null;
      const doc = analyzeDocument({ id, text: readFileSync(join(seeds, name), 'utf8'), meta: { published } }, stages);
      console.log(`${id}: ${doc.events.length} events, ${gold.length} gold (${gold.filter((g) => g.core).length} core)`);
      for (const g of gold.filter((x) => x.core)) {
        core++;
        const hits = doc.events.filter((e) => eventMatches(e, g));
        if (hits.length) coreHit++;
        else console.log(`  missed  ${g.type}/${g.plover} ${g.source} -> ${g.target} ${g.polarity}: "${g.evidence.slice(0, 70)}"`);
        if (hits.length && g.date !== null) {
          dated++;
          if (hits.some((e) => dateMatches(e.date.value, g))) dateOk++;
        }
      }
      for (const e of doc.events) {
        emitted++;
        if (gold.some((g) => eventMatches(e, g))) correct++;
        else console.log(`  extra   ${e.type ?? '-'}/${e.plover} ${e.source.map((a) => a.code).join(',')} -> ${e.target.map((a) => a.code).join(',')} ${e.polarity} ${e.modality}: "${doc.text.slice(e.trigger.start, e.trigger.end)}" [${e.pattern}]`);
      }
    }
    const f = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '-');
    console.log(`core recall ${f(coreHit, core)} (${coreHit}/${core}; target >= 0.90)`);
    console.log(`precision   ${f(correct, emitted)} (${correct}/${emitted}; target >= 0.85)`);
    console.log(`date agrees ${f(dateOk, dated)} of matched dated core events (${dateOk}/${dated}; target >= 0.90, time stage)`);
  },
};
