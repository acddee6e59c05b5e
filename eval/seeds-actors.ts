// Seeds, actors only: every source and target of the gold events must be among the mentions
// found in the event's evidence (or its sentence) with the gold code. PER:/ORG: codes are
// compared loosely (case, accents, punctuation) and listed apart; boilerplate lines are skipped
// by design (the finder reads body sentences only). An actor the sentence only implies (a
// pronoun, "followed suit", "the only holdouts") counts when an event the whole pipeline emits
// in that sentence carries the gold code, and is listed apart.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { makeCtx, makeDoc } from '../src/core/index.js';
import type { Doc, Mention } from '../src/core/index.js';
import { makeMentionFinder, makeMentionResolver } from '../src/actors/index.js';
import { makeTextSegmenter } from '../src/ingest/index.js';
import { makePipeline, runPipeline } from '../src/pipeline.js';
import { sharedDir } from './shared-dir.js';
import type { EvalSuite } from './suites.js';

const goldFile = z.object({
  events: z.array(z.object({ source: z.string().nullable(), target: z.string().nullable(), evidence: z.string(), type: z.string().nullable() })),
});
const metaFile = z.record(z.string(), z.object({ published: z.string() }));

function loose(code: string): string {
  return code.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function locate(text: string, evidence: string): number {
  const at = text.indexOf(evidence);
  if (at >= 0) return at;
  const straight = (s: string): string => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  return straight(text).indexOf(straight(evidence));
}

function inSpan(mentions: readonly Mention[], start: number, end: number): Mention[] {
  return mentions.filter((m) => m.start < end && start < m.end);
}

function sentenceSpan(doc: Doc, start: number, end: number): { start: number; end: number } | null {
  const hit = doc.sentences.filter((s) => s.start < end && start < s.end);
  return hit.length ? { start: hit[0]?.start ?? start, end: hit[hit.length - 1]?.end ?? end } : null;
}

export const seedsActors: EvalSuite = {
  name: 'seeds-actors',
  async run() {
    const seeds = join(sharedDir, 'corpus/seeds');
    if (!existsSync(seeds)) return console.log(`seeds-actors: ${seeds} is absent; skipped`);
    const meta = metaFile.parse(JSON.parse(readFileSync(join(seeds, 'meta.json'), 'utf8')));
    const stages = [makeTextSegmenter(), makeMentionFinder(), makeMentionResolver()];
    const pipeline = makePipeline();
    let total = 0;
    let exact = 0;
    const spelling: string[] = [];
    const boilerplate: string[] = [];
    const pronoun: string[] = [];
    const implied: string[] = [];
    const missing: string[] = [];
    for (const [file, info] of Object.entries(meta)) {
      const id = file.replace(/\.txt$/, '');
      const text = readFileSync(join(seeds, file), 'utf8');
      const gold = goldFile.parse(JSON.parse(readFileSync(join(sharedDir, 'eval/seeds-gold', `${id}.json`), 'utf8')));
      const doc = runPipeline(stages, makeDoc({ id, text, meta: { published: info.published } }), makeCtx(info.published));
      const analysed = runPipeline(pipeline, makeDoc({ id, text, meta: { published: info.published } }), makeCtx(info.published));
      for (const event of gold.events) {
        const at = locate(text, event.evidence);
        for (const code of [event.source, event.target]) {
          if (!code || code === 'PER' && event.type === null) continue;
          total++;
          const label = `  ${id.slice(0, 3)} ${code} in "${event.evidence.slice(0, 90)}"`;
          if (at < 0) {
            missing.push(`${label} (evidence not found in text)`);
            continue;
          }
          const end = at + event.evidence.length;
          const sentence = sentenceSpan(doc, at, end);
          const scope = inSpan(doc.mentions, sentence?.start ?? at, sentence?.end ?? end);
          const codes = new Set(scope.flatMap((m) => [m.code, m.state ?? '']));
          if (codes.has(code)) {
            exact++;
            continue;
          }
          if (/^(ORG|PER):/.test(code) && scope.some((m) => /^(ORG|PER):/.test(m.code) && loose(m.code) === loose(code))) {
            exact++;
            continue;
          }
          if (!sentence) {
            boilerplate.push(`${label}`);
            continue;
          }
          const found = scope.map((m) => `${m.text}=${m.code}`).join('; ') || '-';
          const span = sentence;
          const events = analysed.events.filter((e) => e.evidence.start < span.end && span.start < e.evidence.end);
          const carried = events.find((e) => [...e.source, ...e.target].some((a) => a.code === code || a.state === code));
          if (carried) {
            exact++;
            implied.push(`${label} | ${carried.type ?? carried.plover} ${carried.polarity} ${carried.source.map((a) => a.code).join('+')}->${carried.target.map((a) => a.code).join('+')}`);
            continue;
          }
          if (/^(ORG|PER):/.test(code)) spelling.push(`${label} | found ${found}`);
          else if (/\b(it|its|he|his|we|they)\b/i.test(event.evidence) || !/[A-Z]/.test(event.evidence.slice(1))) pronoun.push(`${label} | found ${found}`);
          else missing.push(`${label} | found ${found}`);
        }
      }
    }
    const named = exact + missing.length + pronoun.length;
    console.log(`gold actor slots: ${total}; found with the gold code: ${exact} (${((100 * exact) / total).toFixed(1)}% of all slots)`);
    console.log(`actors in body text (excluding boilerplate and descriptive ORG codes), coded as gold by a mention or by an event in the sentence: ${exact}/${named} (${((100 * exact) / Math.max(1, named)).toFixed(1)}%); by a mention alone: ${exact - implied.length}`);
    console.log(`in boilerplate lines (not read by design): ${boilerplate.length}`);
    for (const b of boilerplate) console.log(b);
    console.log(`ORG:/PER: codes spelled differently or not named as an organisation: ${spelling.length}`);
    for (const s of spelling) console.log(s);
    console.log(`found only through an event the pipeline emits in the sentence (pronoun, inherited or implied actor; counted as found): ${implied.length}`);
    for (const i of implied) console.log(i);
    console.log(`actor only implied and no event carries it: ${pronoun.length}`);
    for (const p of pronoun) console.log(p);
    console.log(`missing: ${missing.length}`);
    for (const m of missing) console.log(m);
  },
};
