// The two time-expression stages: the finder values expressions against the publication date;
// the anchorer re-reads them in order against the narrative's current time.
import type { Doc, Stage, Timex } from '../core/index.js';
import { findCandidates, rematch } from './find-candidates.js';
import { resolveWithSources } from './resolve-candidates.js';
import type { Resolvable } from './resolve-candidates.js';
import { handOver, takeOver } from './timex-handoff.js';
import { timeLexicon } from './time-lexicon.js';
import { ruleById, timeRules } from './time-rules.js';

function inBoilerplate(doc: Doc): (span: { start: number; end: number }) => boolean {
  const boiler = doc.blocks.filter((b) => b.role === 'boilerplate');
  return (span) => boiler.some((b) => span.start < b.end && b.start < span.end);
}

/** Already sorted by start (the finder's order survives anchoring): then sorting would change nothing. */
function isInTextOrder(timexes: readonly Timex[]): boolean {
  for (let i = 1; i < timexes.length; i++) if ((timexes[i - 1] as Timex).start > (timexes[i] as Timex).start) return false;
  return true;
}

export function makeTimexFinder(): Stage {
  return {
    name: 'find-timexes',
    run(doc, ctx) {
      // findTimexes without the narrative pass, keeping what the anchorer can reuse.
      const candidates = findCandidates(doc.text, timeRules(ctx.language), inBoilerplate(doc));
      const found = resolveWithSources(doc.text, candidates, ctx.published, timeLexicon(ctx.language), { narrative: false });
      handOver(found.timexes, { text: doc.text, language: ctx.language, sources: found.sources, reader: found.reader });
      return { ...doc, timexes: found.timexes };
    },
  };
}

export function makeTimexAnchorer(): Stage {
  return {
    name: 'anchor-timexes',
    run(doc, ctx) {
      const items: Resolvable[] = [];
      const untouched: Timex[] = [];
      const handoff = takeOver(doc.timexes, doc.text, ctx.language);
      for (let i = 0; i < doc.timexes.length; i++) {
        const t = doc.timexes[i] as Timex;
        const rule = ruleById(t.rule, ctx.language);
        // The finder's match of the same rule at the same span is what matching again would give.
        const source = handoff?.sources[i];
        const same = source !== undefined && source.rule === rule && source.start === t.start && source.end === t.end;
        const groups = rule ? (same ? source.groups : rematch(doc.text, rule, t)) : null;
        if (rule && groups) items.push({ start: t.start, end: t.end, text: t.text, rule, groups });
        else untouched.push(t);
      }
      const lex = timeLexicon(ctx.language);
      const reader = handoff?.reader;
      const anchored = resolveWithSources(doc.text, items, ctx.published, lex, reader ? { narrative: true, reader } : { narrative: true }).timexes;
      const timexes = untouched.length > 0 ? [...anchored, ...untouched] : anchored;
      if (!isInTextOrder(timexes)) timexes.sort((a, b) => a.start - b.start);
      return { ...doc, timexes };
    },
  };
}
