// Acronyms a text defines for itself: "the Criminal Investigation Agency (AIC in Spanish)" and
// later "the AIC". The long form is the mention just before the parenthesis or, when the
// dictionary does not know it, the run of capitalised words there, coded as an institution of the
// focal state (agencies, ministries) or as an organisation (parties, fronts, movements).
import type { Doc, Mention } from '../core/index.js';

const DEFINITION = /\(\s*([A-Z][A-Za-z]?[A-Z]{1,8}s?)(?:\s*(?:,\s*)?(?:in|en|for its|by its)\s+[A-Z][a-z]+(?:\s+[a-z]+)*)?\s*\)/g;
const LONG_FORM = /((?:[A-Z][\p{L}'’.-]*|of|for|the|and|on|de|del|la|y|en)(?:\s+(?:[A-Z][\p{L}'’.-]*|of|for|the|and|on|de|del|la|y|en))*)\s*$/u;

const STATE_WORDS: [RegExp, string][] = [
  [/\b(Police|Investigation|Intelligence|Guard|Gendarmerie)\b/, 'COP'],
  [/\b(Army|Forces?|Navy|Military|Defen[cs]e)\b/, 'MIL'],
  [/\b(Court|Tribunal|Prosecutor|Attorney|Justice)\b/, 'JUD'],
  [/\b(Congress|Parliament|Senate|Assembly|Chamber)\b/, 'LEG'],
  [/\b(Agency|Ministry|Department|Office|Secretariat|Bureau|Service|Institute|Commission|Council|Administration|Authority)\b/, 'GOV'],
];
const ORG_WORDS: [RegExp, string][] = [
  [/\b(Party|Front|Movement|Alliance|Coalition)\b/, 'POL'],
  [/\b(Union|Confederation|Federation|Syndicate)\b/, 'LAB'],
  [/\b(Organi[sz]ation|Committee|Foundation|Association|Network|Center|Centre)\b/, 'NGO'],
  [/\b(Company|Group|Corporation|Inc|Ltd|Systems|Bank)\b/, 'BUS'],
];

export interface AcronymDefinition {
  readonly acronym: string;
  readonly template: Omit<Mention, 'start' | 'end' | 'text'>;
  /** A mention for the long form when the dictionary had none. */
  readonly longForm: Mention | null;
}

/** The coded mention that ends just before `offset` (only spaces between), if any. */
function mentionEndingAt(mentions: readonly Mention[], text: string, offset: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const m = mentions[i] as Mention;
    if (m.end <= offset && m.code !== '' && text.slice(m.end, offset).trim() === '') return m;
  }
  return undefined;
}

/**
 * The mention without its place, as a literal of one shape (mentions keep their fields in this
 * order): a copy made by leaving fields out is slow to copy again at every use of the acronym.
 */
function templateOf(m: Mention): AcronymDefinition['template'] {
  return {
    kind: m.kind, code: m.code, state: m.state, sector: m.sector, name: m.name, entity: m.entity,
    actorType: m.actorType, via: m.via, role: m.role, rule: m.rule, confidence: m.confidence,
  };
}

export function defineAcronyms(doc: Doc, mentions: readonly Mention[], focal: string | null): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  // The next parenthesis at or after the sentence being read, searched again only once passed
  // (a search from every sentence would run on to the next parenthesis, however far).
  let open = -1;
  for (const sentence of doc.sentences) {
    // A definition needs a parenthesis: most sentences have none, and need no copy or regex.
    if (open < sentence.start) {
      open = doc.text.indexOf('(', sentence.start);
      if (open < 0) break;
    }
    if (open >= sentence.end) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(DEFINITION)) {
      const acronym = m[1] ?? '';
      const paren = sentence.start + (m.index ?? 0);
      if (out.some((d) => d.acronym === acronym)) continue;
      const before = mentionEndingAt(mentions, doc.text, paren);
      if (before) {
        out.push({ acronym, template: templateOf(before), longForm: null });
        continue;
      }
      // Only the last stretch before the parenthesis can hold the long form (and bounds the regex's work).
      const long = LONG_FORM.exec(doc.text.slice(Math.max(sentence.start, paren - 160), paren))?.[1]?.replace(/^(?:(?:the|of|for|and|on)\s+)+/i, '').trim() ?? '';
      if (long.split(/\s+/).length < 2) continue;
      const stateSector = STATE_WORDS.find(([re]) => re.test(long))?.[1];
      const orgSector = ORG_WORDS.find(([re]) => re.test(long))?.[1];
      if (!stateSector && !orgSector) continue;
      const code = stateSector && focal ? focal : `ORG:${acronym.toUpperCase()}`;
      const start = doc.text.lastIndexOf(long, paren);
      const template = {
        kind: 'mention' as const, code, state: focal, sector: stateSector ?? orgSector ?? null, name: long, entity: `acronym:${acronym}`,
        actorType: 'org' as const, via: 'acronym' as const, role: null, rule: 'acronym-definition', confidence: 0.6,
      };
      out.push({ acronym, template, longForm: { ...template, start, end: start + long.length, text: long } });
    }
  }
  return out;
}
