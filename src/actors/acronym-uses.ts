// Later uses of the acronyms a text defines ("the AIC"), coded like their definition. The text is
// searched in place (no copy of each sentence); only a sentence whose edges fall inside a word,
// where word boundaries would read differently, is searched as a copy.
import type { Doc, Mention } from '../core/index.js';
import type { AcronymDefinition } from './define-acronyms.js';
import type { SpanIndex } from './span-index.js';

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether `\b` reads the same at the sentence's edges in the whole text as in a copy of the sentence. */
function edgesClean(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordChar(text.charCodeAt(start - 1))) && (end >= text.length || !isWordChar(text.charCodeAt(end)));
}

function use(def: AcronymDefinition, start: number, end: number): Mention {
  const t = def.template;
  // The fields in the order a copy of the template with the place added gives them.
  return {
    kind: t.kind, code: t.code, state: t.state, sector: t.sector, name: t.name, entity: t.entity, actorType: t.actorType,
    via: 'acronym', role: t.role, rule: 'acronym-use', confidence: t.confidence, start, end, text: def.acronym,
  };
}

/** Appends each use of a defined acronym that no mention in `taken` covers (and adds it there). */
export function findAcronymUses(doc: Doc, defs: readonly AcronymDefinition[], taken: SpanIndex, out: Mention[]): void {
  const byAcronym = new Map(defs.map((d) => [d.acronym, d]));
  const re = new RegExp(`\\b(${defs.map((d) => d.acronym).join('|')})\\b`, 'g');
  // `matchAll` starts from its pattern's lastIndex: copies get a pattern of their own, always at 0.
  const inCopy = new RegExp(re.source, 'g');
  const text = doc.text;
  const found = (def: AcronymDefinition | undefined, start: number): void => {
    if (!def) return;
    const end = start + def.acronym.length;
    if (taken.overlaps(start, end)) return;
    out.push(use(def, start, end));
    taken.add(start, end);
  };
  // One search through the whole text, its hits taken sentence by sentence: searching from each
  // sentence's start would run on to the next use, however far, once per sentence.
  re.lastIndex = 0;
  let hit = re.exec(text);
  let previousEnd = 0;
  for (const s of doc.sentences) {
    // Sentences in order and apart are searched in place; any other is searched as a copy.
    const inPlace = s.start >= previousEnd && edgesClean(text, s.start, s.end);
    previousEnd = Math.max(previousEnd, s.end);
    if (!inPlace) {
      for (const h of text.slice(s.start, s.end).matchAll(inCopy)) found(byAcronym.get(h[1] ?? ''), s.start + (h.index ?? 0));
      continue;
    }
    while (hit !== null && hit.index < s.start) hit = re.exec(text);
    while (hit !== null && hit.index < s.end) {
      found(byAcronym.get(hit[1] ?? ''), hit.index);
      hit = re.exec(text);
    }
  }
}
