// The two time-expression stages: the finder values expressions against the publication date;
// the anchorer re-reads them in order against the narrative's current time.
import type { Doc, Stage, Timex } from '../core/index.js';
import { findTimexes } from './find-timexes.js';
import { rematch } from './find-candidates.js';
import { resolveCandidates } from './resolve-candidates.js';
import type { Resolvable } from './resolve-candidates.js';
import { timeLexicon } from './time-lexicon.js';
import { ruleById } from './time-rules.js';

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
      const timexes = findTimexes(doc.text, ctx.published, { language: ctx.language, skip: inBoilerplate(doc), narrative: false });
      return { ...doc, timexes };
    },
  };
}

export function makeTimexAnchorer(): Stage {
  return {
    name: 'anchor-timexes',
    run(doc, ctx) {
      const items: Resolvable[] = [];
      const untouched: Timex[] = [];
      for (const t of doc.timexes) {
        const rule = ruleById(t.rule, ctx.language);
        const groups = rule ? rematch(doc.text, rule, t) : null;
        if (rule && groups) items.push({ start: t.start, end: t.end, text: t.text, rule, groups });
        else untouched.push(t);
      }
      const anchored = resolveCandidates(doc.text, items, ctx.published, timeLexicon(ctx.language), { narrative: true });
      const timexes = untouched.length > 0 ? [...anchored, ...untouched] : anchored;
      if (!isInTextOrder(timexes)) timexes.sort((a, b) => a.start - b.start);
      return { ...doc, timexes };
    },
  };
}
