// Plain-text scrape cleaning on the two seeds: every gold non-body line (boilerplate, title) must
// be dropped from the body and every body line kept. Reads ../shared/eval/seeds-gold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { classifyTextBlocks } from '../src/ingest/index.js';
import type { EvalSuite } from './suites.js';
import { sharedDir } from './shared-dir.js';

const Gold = z.object({
  non_body_lines: z.array(z.number().int()),
  regions: z.object({ subheadings: z.array(z.object({ line: z.number().int() })).optional() }).passthrough(),
});

export const seedsBoilerplateSuite: EvalSuite = {
  name: 'seeds-boilerplate',
  async run() {
    const goldDir = join(sharedDir, 'eval', 'seeds-gold');
    const seedDir = join(sharedDir, 'corpus', 'seeds');
    if (!existsSync(goldDir)) return console.log(`seeds-boilerplate: ${goldDir} is absent; skipped`);
    let allGood = true;
    for (const file of readdirSync(goldDir).filter((f) => /^\d+_.*\.json$/.test(f)).sort()) {
      const gold = Gold.parse(JSON.parse(readFileSync(join(goldDir, file), 'utf8')));
      const text = readFileSync(join(seedDir, file.replace(/\.json$/, '.txt')), 'utf8');
      const lineOf = lineNumbers(text);
      const dropped = new Set<number>();
      const headings = new Set<number>();
      const reasons = new Map<number, string>();
      const nonEmpty = new Set<number>();
      for (const block of classifyTextBlocks(text)) {
        const line = lineOf(block.start);
        nonEmpty.add(line);
        if (block.role === 'boilerplate' || block.role === 'title') {
          dropped.add(line);
          reasons.set(line, block.reason ?? block.role);
        }
        if (block.role === 'heading') headings.add(line);
      }
      const nonBody = new Set(gold.non_body_lines);
      const caught = [...nonBody].filter((l) => dropped.has(l));
      const missed = [...nonBody].filter((l) => !dropped.has(l));
      const wronglyDropped = [...dropped].filter((l) => !nonBody.has(l));
      const bodyLines = [...nonEmpty].filter((l) => !nonBody.has(l)).length;
      const subheadings = (gold.regions.subheadings ?? []).map((s) => s.line);
      const headingHits = subheadings.filter((l) => headings.has(l)).length;
      console.log(
        `${file.replace(/\.json$/, '')}: boilerplate caught ${caught.length}/${nonBody.size}` +
          `  body kept ${bodyLines - wronglyDropped.length}/${bodyLines}` +
          `  subheadings as heading ${headingHits}/${subheadings.length}`,
      );
      if (missed.length) console.log(`  missed lines: ${missed.join(', ')}`);
      if (wronglyDropped.length) console.log(`  body lines dropped: ${wronglyDropped.map((l) => `${l} (${reasons.get(l)})`).join(', ')}`);
      const byReason = new Map<string, number>();
      for (const l of caught) byReason.set(reasons.get(l)!, (byReason.get(reasons.get(l)!) ?? 0) + 1);
      console.log(`  rules: ${[...byReason].map(([r, n]) => `${r} ${n}`).join(', ')}`);
      if (missed.length || wronglyDropped.length) allGood = false;
    }
    console.log(allGood ? 'seeds: every boilerplate line gone, every body line kept' : 'seeds: NOT clean (see above)');
  },
};

/** Maps a character offset to its 1-based line number. */
function lineNumbers(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
