// The in-document refiner: gives generic references ("the president", "the ministry", "the
// country") the actor they stand for, codes acronyms the text defines, and finds later
// surname-only mentions of people ("Zerón" after "Tomás Zerón"). Pronouns are left to events.
import type { Doc, Mention, Stage } from '../core/index.js';
import { baseDictionary } from './build-dictionary.js';
import type { ActorDictionary, ActorRecord, ActorRole } from './build-dictionary.js';
import { findAcronymUses } from './acronym-uses.js';
import { defineAcronyms } from './define-acronyms.js';
import { focalState } from './focal-state.js';
import { makeMention } from './make-mention.js';
import { roleOnDate } from './role-on-date.js';
import { findSurnames } from './find-surnames.js';
import { dictionaryOfMentions } from './mention-dictionary.js';
import { makeSpanIndex } from './span-index.js';


const DETERMINER_WORDS = ['the', 'his', 'her', 'its', 'their', 'our', 'this', 'that'];
const OFFICE_OF_HEAD: Record<string, string[]> = {
  president: ['president', 'hos'], 'prime minister': ['pm', 'hog'], king: ['hos'], chancellor: ['hog', 'pm'], 'foreign minister': ['fm'],
};

function sentenceStartOf(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (!s) break;
    if (s.start <= offset) {
      found = s.start;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

// What `\s` matches in a regular expression.
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `text` holds `word` (lower-case ASCII) at `at`, in any case. */
function wordAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * The determiner just before a mention, in lower case: `DETERMINERS` run over the eight characters
 * before it, read backwards by char code instead (no slice and no regular expression per mention).
 */
function determiner(doc: Doc, m: Mention): string | null {
  const text = doc.text;
  const from = Math.max(0, m.start - 8);
  let end = m.start;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === m.start) return null;
  for (const word of DETERMINER_WORDS) {
    const at = end - word.length;
    if (at < from || !wordAt(text, at, word)) continue;
    if (at === from || isSpace(text.charCodeAt(at - 1))) return word;
  }
  return null;
}

/**
 * What the resolver asks again and again within one document, answered once per document: the
 * publication date and the focal state are the same for every mention of it. Made per call of
 * `resolveMentions` and dropped with it.
 */
interface DocumentMemo {
  /** Who held the offices of a title head ("president") in the focal state on the date; null: nobody. */
  readonly holders: Map<string, ActorRecord | null>;
  /** A person's role on the publication date, by entity id (null: none, or not in the dictionary). */
  readonly roles: Map<string, ActorRole | null>;
}

function roleOfEntity(dict: ActorDictionary, memo: DocumentMemo, entity: string, published: string | null): ActorRole | null {
  let role = memo.roles.get(entity);
  if (role === undefined) {
    const record = dict.records.get(entity);
    role = record ? roleOnDate(record, published) : null;
    memo.roles.set(entity, role);
  }
  return role;
}

function officeHolder(dict: ActorDictionary, state: string, offices: readonly string[], published: string | null): ActorRecord | null {
  for (const office of offices) {
    const list = dict.officeHolders.get(`${state}:${office}`) ?? [];
    for (const { id } of list) {
      const record = dict.records.get(id);
      if (!record) continue;
      const role = roleOnDate(record, published);
      if (!role || role.holder !== state || !offices.includes(role.office ?? '')) continue;
      return record;
    }
  }
  return null;
}

function holderMention(dict: ActorDictionary, memo: DocumentMemo, m: Mention, state: string, head: string, offices: readonly string[], published: string | null): Mention | null {
  let record = memo.holders.get(head);
  if (record === undefined) {
    record = officeHolder(dict, state, offices, published);
    memo.holders.set(head, record);
  }
  if (!record) return null;
  const made = makeMention(dict, record, { start: m.start, end: m.end, text: m.text, via: 'coreference', rule: 'office-holder' }, published);
  return { ...made, confidence: 0.7 };
}

function resolveOne(dict: ActorDictionary, memo: DocumentMemo, doc: Doc, m: Mention, earlier: readonly Mention[], focal: string | null, published: string | null): Mention | null {
  if (m.rule === 'unbound-focal') return focal ? { ...m, code: focal, state: focal, name: dict.stateNames.get(focal) ?? focal, rule: 'focal-state', confidence: 0.6 } : null;
  if (m.rule === 'unbound-title-person') {
    return focal ? { ...m, code: focal, state: focal, rule: 'title-person-focal', role: { title: m.text.slice(0, m.text.length - (m.name?.length ?? 0)).trim(), code: focal + (m.sector ?? ''), start: null, end: null } } : { ...m, code: `PER:${m.name ?? m.text}`, sector: null, rule: 'person-name' };
  }
  const det = determiner(doc, m);
  const head = m.entity.slice(8);
  if (m.rule === 'unbound-title') {
    const offices = OFFICE_OF_HEAD[head];
    if (!det || (det !== 'the' && !offices)) return null;
    if (offices) {
      for (let i = earlier.length - 1; i >= 0 && i >= earlier.length - 30; i--) {
        const prior = earlier[i] as Mention;
        const role = prior.actorType === 'person' ? roleOfEntity(dict, memo, prior.entity, published) : null;
        if (role && offices.includes(role.office ?? '') && (!focal || role.holder === focal)) return { ...prior, start: m.start, end: m.end, text: m.text, via: 'coreference', rule: 'title-antecedent', confidence: 0.7 };
      }
      if (focal) return holderMention(dict, memo, m, focal, head, offices, published) ?? { ...m, code: focal, state: focal, rule: 'title-focal', confidence: 0.5 };
      return null;
    }
    for (let i = earlier.length - 1; i >= 0 && i >= earlier.length - 30; i--) {
      const prior = earlier[i] as Mention;
      if (prior.entity === m.entity && prior.state) return { ...m, code: prior.code, state: prior.state, name: prior.name, rule: 'title-antecedent', confidence: 0.6 };
    }
    return focal ? { ...m, code: focal, state: focal, rule: 'title-focal', confidence: 0.5 } : null;
  }
  if (m.rule === 'unbound-institution') {
    if (!det) return null;
    const sentenceStart = sentenceStartOf(doc, m.start);
    for (let i = earlier.length - 1; i >= 0 && i >= earlier.length - 30; i--) {
      const prior = earlier[i] as Mention;
      if (prior.entity === m.entity && prior.state) return { ...m, code: prior.code, state: prior.state, name: prior.name, rule: 'institution-antecedent', confidence: 0.6 };
    }
    if (det !== 'the') {
      let owner: Mention | undefined;
      for (let i = earlier.length - 1; i >= 0 && (earlier[i]?.start ?? -1) >= sentenceStart; i--) {
        if (earlier[i]?.state) {
          owner = earlier[i];
          break;
        }
      }
      if (owner?.state) return { ...m, code: owner.state, state: owner.state, rule: 'institution-possessor', confidence: 0.5 };
    }
    return focal ? { ...m, code: focal, state: focal, name: `${dict.stateNames.get(focal) ?? focal} ${m.text.toLowerCase()}`, rule: 'institution-focal', confidence: 0.5 } : null;
  }
  return m;
}

export function resolveMentions(doc: Doc, published: string | null, dict: ActorDictionary): Mention[] {
  const found = doc.mentions;
  const focal = focalState(doc, found);
  const resolved: Mention[] = [];
  let memo: DocumentMemo | null = null;
  for (const m of found) {
    if (m.code !== '') {
      resolved.push(m);
      continue;
    }
    memo ??= { holders: new Map(), roles: new Map() };
    const r = resolveOne(dict, memo, doc, m, resolved, focal, published);
    if (r && r.code !== '') resolved.push(r);
  }
  const extra: Mention[] = [];
  const taken = makeSpanIndex(resolved);
  const defs = defineAcronyms(doc, resolved, focal);
  for (const def of defs) {
    if (def.longForm && !taken.overlaps(def.longForm.start, def.longForm.end)) {
      extra.push(def.longForm);
      taken.add(def.longForm.start, def.longForm.end);
    }
  }
  if (defs.length > 0) findAcronymUses(doc, defs, taken, extra);
  const withAcronyms = byStart(extra.length > 0 ? [...resolved, ...extra] : resolved);
  // `taken` holds the spans of `resolved` and of every extra mention: those of `withAcronyms`.
  const surnames = findSurnames(doc, withAcronyms, taken);
  return byStartLongestFirst(surnames.length > 0 ? [...withAcronyms, ...surnames] : withAcronyms);
}

// Mentions usually arrive in order already, and then need no sort: the checks are written out
// (no comparator call per mention); a sort, when needed, is stable as before.
function byStart(list: Mention[]): Mention[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.start > list[i]!.start) return list.sort((a, b) => a.start - b.start);
  return list;
}

function byStartLongestFirst(list: Mention[]): Mention[] {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1]!;
    const b = list[i]!;
    if (a.start > b.start || (a.start === b.start && b.end > a.end)) return list.sort((x, y) => x.start - y.start || y.end - x.end);
  }
  return list;
}

export function makeMentionResolver(): Stage {
  return {
    name: 'resolve-mentions',
    run(doc, ctx) {
      const dict = dictionaryOfMentions.get(doc.mentions) ?? baseDictionary();
      return { ...doc, mentions: resolveMentions(doc, ctx.published ?? doc.meta.published, dict) };
    },
  };
}
