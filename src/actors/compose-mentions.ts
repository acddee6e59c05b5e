// Refiner inside a sentence: joins what the scan found into actor phrases. A title before a
// person ("President Lula"), a state before a noun or title ("the Israeli army", "Mexico's then
// president Luis Echeverría"), and "X of <state or person>" ("the Defense Department of ...
// Calderón") each become one mention with the state and sector they imply. Generic phrases left
// without a state are kept with an empty code for the resolver.
import type { Mention } from '../core/index.js';
import type { ActorDictionary, ActorRecord, GenericPhrase } from './build-dictionary.js';
import { asciiName, makeMention } from './make-mention.js';
import type { SentenceSpan } from './make-mention.js';
import { collectMatches, matchEnd, matchHits } from './token-trie.js';
import type { RawItem, ScannedSentence } from './scan-sentence.js';
import { LOWER, PUNCT, sameNorm } from './tokenize.js';
import type { Token } from './tokenize.js';

interface Phrase {
  start: number;
  end: number;
  /** The item that decides the actor: a person, an entity, or a generic phrase. */
  head: RawItem;
  title: RawItem | null;
  state: RawItem | null;
  /** State taken from an "of X" complement. */
  ofState: string | null;
}

function genericOf(dict: ActorDictionary, item: RawItem | null): GenericPhrase | null {
  if (!item || item.kind !== 'generic' || !item.hit) return null;
  return dict.generics[item.hit.generic ?? Number(item.hit.target.slice(8))] ?? null;
}

function recordOf(dict: ActorDictionary, item: RawItem | null): ActorRecord | null {
  if (!item || item.kind !== 'entity' || !item.hit) return null;
  // Cached on the (shared) trie hit: the records map is large, and each hit always names the same record.
  if (item.hit.record === undefined) item.hit.record = dict.records.get(item.hit.target) ?? null;
  return item.hit.record as ActorRecord | null;
}

/** True when only possessives and modifier words ("then", "new") sit between two token indexes. */
function gapOk(dict: ActorDictionary, s: ScannedSentence, from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = s.ctx.tokens[i];
    if (!t) return false;
    if (t.shape === PUNCT) {
      if (t.norm !== "'" && t.norm !== '-') return false;
      continue;
    }
    if (sameNorm(t, 's') && s.ctx.tokens[i - 1]?.norm === "'") continue;
    if (!dict.modifierWords.hasToken(t) || ++words > 3) return false;
  }
  return true;
}

function isArticleOrModifier(dict: ActorDictionary, t: Token | undefined): boolean {
  return t !== undefined && (sameNorm(t, 'the') || dict.modifierWords.hasToken(t));
}

function isPerson(dict: ActorDictionary, item: RawItem): boolean {
  return item.kind === 'person-name' || recordOf(dict, item)?.type === 'person';
}

function isStateLike(dict: ActorDictionary, item: RawItem): boolean {
  const r = recordOf(dict, item);
  return r !== null && (r.type === 'state' || r.type === 'place' || (r.type === 'igo' && item.hit?.via !== 'leader'));
}

// Phrases are recycled from sentence to sentence (they never outlive `composeMentions`): at one
// per actor found, fresh objects were a fifth of the finder's garbage.
const phrasePool: Phrase[] = [];
const phrases: Phrase[] = [];

function nextPhrase(count: number, start: number, end: number, head: RawItem, title: RawItem | null, state: RawItem | null): Phrase {
  let p = phrasePool[count];
  if (!p) {
    p = { start, end, head, title, state, ofState: null };
    phrasePool[count] = p;
    return p;
  }
  p.start = start;
  p.end = end;
  p.head = head;
  p.title = title;
  p.state = state;
  p.ofState = null;
  return p;
}

/** The sentence's phrases, in a list reused from call to call: valid until the next call. */
export function groupPhrases(dict: ActorDictionary, s: ScannedSentence): readonly Phrase[] {
  const items = s.items;
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as RawItem;
    let start = item.start;
    let end = item.end;
    let head = item;
    let title: RawItem | null = null;
    let state: RawItem | null = null;
    let j = i + 1;
    if (isStateLike(dict, item)) {
      const next = items[j];
      const g = genericOf(dict, next ?? null);
      if (next && (g || (isPerson(dict, next) && next.kind === 'person-name')) && gapOk(dict, s, item.end, next.start)) {
        end = next.end;
        head = next;
        state = item;
        j++;
      }
    }
    // Spanish order, noun then adjective: "el gobierno mexicano", "el ejército israelí".
    const adjective = items[j];
    if (!state && genericOf(dict, item) && adjective?.hit?.via === 'demonym' && adjective.start === item.end && s.ctx.tokens[adjective.start]?.shape === LOWER && isStateLike(dict, adjective)) {
      start = item.start;
      end = adjective.end;
      head = item;
      title = null;
      state = adjective;
      j++;
    }
    const g = genericOf(dict, head);
    const after = items[j];
    if (g?.kind === 'title' && after && isPerson(dict, after) && gapOk(dict, s, head.end, after.start)) {
      end = after.end;
      title = head;
      head = after;
      j++;
    }
    phrases[count] = nextPhrase(count, start, end, head, title, state);
    count++;
    i = j - 1;
  }
  phrases.length = count;
  // "the Ministry of Foreign Affairs of Mexico", "the Defense Department of president Calderón".
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k] as Phrase;
    const next = phrases[k + 1];
    const national = recordOf(dict, p.head);
    const rebindable = genericOf(dict, p.head) !== null || (national?.type === 'org' && national.code !== null && national.code === national.state);
    if (!next || p.state || !rebindable) continue;
    const of = s.ctx.tokens[p.end];
    if (!of || !sameNorm(of, 'of')) continue;
    let i = p.end + 1;
    while (i < next.start && isArticleOrModifier(dict, s.ctx.tokens[i])) i++;
    if (i !== next.start) continue;
    p.ofState = next.state ? recordOf(dict, next.state)?.state ?? null : null;
    if (!p.ofState) {
      const r = recordOf(dict, next.head);
      p.ofState = r ? makeMention(dict, r, { start: 0, end: 0, text: '', via: 'name', rule: '' }, s.ctx.date).state : null;
    }
  }
  return phrases;
}

/** The generic phrase as written, in lower case ("armed forces"), for a readable name. */
function headText(s: ScannedSentence, item: RawItem): string {
  const a = s.ctx.tokens[item.start]?.start ?? 0;
  const b = s.ctx.tokens[item.end - 1]?.end ?? a;
  return s.ctx.text.slice(a, b).toLowerCase();
}

const UNBOUND = { title: 'unbound-title', institution: 'unbound-institution', people: 'unbound-people' } as const;

const STATE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP']);

/** An organisation the dictionary does not know, coded by its head word and any state named in it. */
function orgNameMention(dict: ActorDictionary, s: ScannedSentence, item: RawItem, start: number, end: number, text: string): Mention {
  const headNorm = s.ctx.tokens[item.head ?? item.start]?.norm ?? '';
  const sector = dict.orgHeads.get(headNorm) ?? 'NGO';
  let state: string | null = null;
  for (let i = item.start; i < item.end && !state; i++) {
    const count = collectMatches(dict.edges, s.ctx.tokens, i);
    for (let k = count - 1; k >= 0 && !state; k--) {
      const target = matchHits(k).find((h) => h.target.startsWith('state:'))?.target;
      if (target && matchEnd(k) <= item.end) state = target.slice(6);
    }
  }
  const slug = asciiName(text).toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');
  const national = STATE_SECTORS.has(sector);
  return {
    kind: 'mention', start, end, text, code: national ? state ?? '' : `ORG:${slug}`, state, sector, name: text,
    entity: national ? `generic:${headNorm}` : `org:?${slug.toLowerCase()}`, actorType: 'org', via: 'name', role: null,
    rule: national && !state ? 'unbound-institution' : 'org-name', confidence: 0.55,
  };
}

/** Appends the sentence's mentions to `out` (a new list when none is given) and returns it. */
export function composeMentions(dict: ActorDictionary, s: ScannedSentence, published: string | null, sentence: SentenceSpan | null = null, out: Mention[] = []): Mention[] {
  const phrases = groupPhrases(dict, s);
  const tokens = s.ctx.tokens;
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k] as Phrase;
    const start = tokens[p.start]?.start ?? 0;
    const end = tokens[p.end - 1]?.end ?? start;
    const text = s.ctx.text.slice(start, end);
    const stateRecord = recordOf(dict, p.state);
    const title = genericOf(dict, p.title);
    const record = recordOf(dict, p.head);
    const rule = p.state ? (p.title ? 'state-title-person' : 'state-noun') : p.title ? 'title-person' : 'dictionary';
    if (record) {
      let m = makeMention(dict, record, { start, end, text, via: p.head.hit?.via ?? 'name', rule, sector: p.head.hit?.sector ?? null }, published, sentence);
      // "Mexican President X" for someone the dictionary has not in office then: the text's title holds.
      if (record.type === 'person' && !m.role && (stateRecord?.state || title)) {
        const state = stateRecord?.state ?? m.state;
        const nameStart = tokens[p.head.start]?.start ?? start;
        m = { ...m, code: state ?? m.code, state, sector: title?.sector ?? m.sector, role: { title: text.slice(0, nameStart - start).trim(), code: `${state ?? ''}${title?.sector ?? ''}`, start: null, end: null } };
      }
      // "the Defense Department of ... Calderón": a national institution belongs to the state named after it.
      out.push(p.ofState && p.ofState !== m.state ? { ...m, code: p.ofState, state: p.ofState, name: `${dict.stateNames.get(p.ofState) ?? p.ofState} ${text}`, rule: 'noun-of-state' } : m);
      continue;
    }
    if (p.head.kind === 'person-name') {
      const nameStart = tokens[p.head.start]?.start ?? start;
      const name = s.ctx.text.slice(nameStart, tokens[p.head.end - 1]?.end ?? end);
      const state = stateRecord?.state ?? null;
      const sector = title?.sector ?? null;
      const coded = title !== null || state !== null;
      const ascii = asciiName(name);
      out.push({
        kind: 'mention', start, end, text, code: coded ? state ?? '' : `PER:${ascii}`, state, sector: coded ? sector : null, name,
        entity: `per:?${ascii}`, actorType: 'person', via: title ? 'role' : 'name',
        role: title && state ? { title: text.slice(0, nameStart - start).replace(/[\s,]+$/, ''), code: state + (sector ?? ''), start: null, end: null } : null,
        rule: coded ? (state ? rule : 'unbound-title-person') : 'person-name', confidence: 0.6,
      });
      continue;
    }
    if (p.head.kind === 'org-name') {
      out.push(orgNameMention(dict, s, p.head, start, end, text));
      continue;
    }
    const g = genericOf(dict, p.head);
    if (p.head.kind === 'focal') {
      out.push({ kind: 'mention', start, end, text, code: '', state: null, sector: null, name: null, entity: 'focal', actorType: 'state', via: 'coreference', role: null, rule: 'unbound-focal', confidence: 0.5 });
      continue;
    }
    if (!g) continue;
    if (stateRecord?.type === 'igo' && stateRecord.code) {
      // "U.N. military presence", "EU diplomats": the organisation acts.
      out.push({ kind: 'mention', start, end, text, code: stateRecord.code, state: null, sector: 'IGO', name: stateRecord.name, entity: stateRecord.id, actorType: 'igo', via: 'name', role: null, rule: 'igo-noun', confidence: 0.8 });
      continue;
    }
    const state = stateRecord?.state ?? p.ofState;
    if (!state && g.kind === 'people') continue;
    out.push({
      kind: 'mention', start, end, text, code: state ?? '', state, sector: g.sector, name: state ? `${dict.stateNames.get(state) ?? state} ${headText(s, p.head)}` : null,
      entity: dict.genericEntities[p.head.hit?.generic ?? -1] ?? `generic:${g.head}`, actorType: g.kind === 'title' ? 'person' : 'org', via: 'role', role: null,
      rule: state ? (p.ofState ? 'noun-of-state' : rule) : UNBOUND[g.kind], confidence: state ? 0.8 : 0.5,
    });
  }
  return out;
}
