// Compiles the loaded dictionaries (and any user entries) into one lookup structure: records by
// id, a token trie of every form, the generic noun phrases, ambiguity rules and office holders.
import countries from 'i18n-iso-countries';
import type { MentionVia } from '../core/index.js';
import { loadActorData } from './load-actor-data.js';
import type { Entry, OfficeKey } from './schema.js';
import { insertForm, makeTrieNode, markLowerCase } from './token-trie.js';
import { makeEdgeTable, step } from './edge-table.js';
import { makeWordSet } from './word-set.js';
import type { WordSet } from './word-set.js';
import type { EdgeTable } from './edge-table.js';
import type { CaseMode, TrieNode } from './token-trie.js';
import { hashNorm, tokenizeForm } from './tokenize.js';
import type { Token } from './tokenize.js';
import { mergeUserEntries } from './merge-user-entries.js';
import { readCompiledDictionary } from './compiled-dictionary.js';

export interface ActorRole {
  /** ISO3 of a state, or `IGO:UN`, `ORG:PLO`. */
  readonly holder: string;
  readonly office: OfficeKey | null;
  readonly sector: string;
  readonly title: string | null;
  readonly start: string | null;
  readonly end: string | null;
}

export interface ActorRecord {
  readonly id: string;
  readonly type: Entry['type'];
  readonly name: string;
  readonly code: string | null;
  readonly state: string | null;
  readonly sector: string | null;
  readonly roles: readonly ActorRole[];
  readonly historical: boolean;
}

export interface GenericPhrase {
  readonly sector: string;
  readonly office: OfficeKey | null;
  readonly kind: 'title' | 'institution' | 'people';
  readonly head: string;
}

export interface AmbiguityRule {
  readonly rejectLowercase: boolean;
  readonly notBefore: ReadonlySet<string>;
  readonly notAfter: ReadonlySet<string>;
  readonly onlyAfter: ReadonlySet<string>;
  readonly personName: boolean;
  readonly redirect: { readonly words: ReadonlySet<string>; readonly to: string } | null;
}

/** An ambiguity rule with its word lists as `WordSet`s, for asking about the tokens around a form. */
export interface RuleAt {
  readonly rule: AmbiguityRule;
  readonly notBefore: WordSet;
  readonly notAfter: WordSet;
  readonly onlyAfter: WordSet;
  readonly redirectWords: WordSet | null;
}

export interface ActorDictionary {
  readonly records: ReadonlyMap<string, ActorRecord>;
  readonly trie: TrieNode;
  readonly generics: readonly GenericPhrase[];
  readonly ambiguity: ReadonlyMap<string, AmbiguityRule>;
  readonly givenNames: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  /**
   * Bit set of `hashNorm` of every word written in lower case that can start a form: most words of
   * a text are such lower-case words, and most fail this test without a look-up. Small (8 KB) on
   * purpose, so that it stays in the processor's cache between documents when other stages run.
   */
  readonly lowerBits: Uint8Array;
  /** The same kind of pre-filter (2 KB) for given names and organisation head words. */
  readonly nameBits: Uint8Array;
  /**
   * The same again (32 KB) for every word that starts a form, in any case: a third of capitalised
   * words start none, and the filter spares them a probe of the multi-megabyte edge table.
   */
  readonly rootBits: Uint8Array;
  /** The ambiguity rule of each trie node whose form has one (the node of "turkey", of "chad"). */
  readonly ambiguityAt: ReadonlyMap<TrieNode, RuleAt>;
  /** The trie's edges in one hash table (edge-table.ts), for stepping down it by token hashes. */
  readonly edges: EdgeTable;
  /** Name of each state record by its code (`MEX` → "Mexico"), without making `state:MEX` to look it up. */
  readonly stateNames: ReadonlyMap<string, string>;
  /** The entity id of each generic phrase (`generic:army`), made once. */
  readonly genericEntities: readonly string[];
  /** `givenNames` and `modifiers` again, for asking about tokens without making their normal forms. */
  readonly givenNameWords: WordSet;
  readonly modifierWords: WordSet;
  /** Head words of organisation names (normalised) and the sector they imply. */
  readonly orgHeads: ReadonlyMap<string, string>;
  /** `orgHeads`' words, for asking about a capitalised token without making its normal form. */
  readonly orgHeadWords: WordSet;
  /** `MEX:president` → people who held the office, in start order. */
  readonly officeHolders: ReadonlyMap<string, readonly { id: string; role: ActorRole }[]>;
}

const OFFICE_TITLES: Record<OfficeKey, string> = {
  president: 'President', pm: 'Prime Minister', fm: 'Foreign Minister', hos: 'Head of State',
  hog: 'Head of Government', chair: 'Chairman', sg: 'Secretary-General', leader: 'Leader',
};
const PARTICLES = new Set(['de', 'del', 'la', 'da', 'do', 'dos', 'van', 'von', 'der', 'al', 'el', 'bin', 'ibn', 'y', 'e', 'di', 'le']);

function i18nStates(): Map<string, { en: string[]; es: string[] }> {
  const out = new Map<string, { en: string[]; es: string[] }>();
  const en = countries.getNames('en', { select: 'all' });
  const es = countries.getNames('es', { select: 'all' });
  for (const alpha2 of Object.keys(en)) {
    const raw = countries.alpha2ToAlpha3(alpha2);
    if (!raw) continue;
    const code = raw === 'XKK' ? 'XKX' : raw;
    const clean = (names: string[] | undefined): string[] => (names ?? []).filter((n) => !n.includes(','));
    out.set(code, { en: clean(en[alpha2]), es: clean(es[alpha2]) });
  }
  return out;
}

function normRole(role: Entry['roles'] extends readonly (infer R)[] | undefined ? R : never, stateName: (c: string) => string): ActorRole {
  const office = role.office ?? null;
  const holder = role.holder;
  const sector = 'sector' in role && role.sector ? role.sector : holder.startsWith('IGO') ? 'IGO' : holder.startsWith('ORG:') ? 'POL' : 'GOV';
  const title = role.title ?? (office ? `${OFFICE_TITLES[office]} of ${stateName(holder)}` : null);
  return { holder, office, sector, title, start: role.start ?? null, end: role.end ?? null };
}

const LOWER_BITS = 1 << 16;
const NAME_BITS = 1 << 14;
const ROOT_BITS = 1 << 18;

function bitFilter(words: Iterable<string>, bits: number): Uint8Array {
  const filter = new Uint8Array(bits >>> 3);
  for (const word of words) {
    const h = hashNorm(word) & (bits - 1);
    filter[h >>> 3] = (filter[h >>> 3] ?? 0) | (1 << (h & 7));
  }
  return filter;
}

function inFilter(filter: Uint8Array, hash: number): boolean {
  const h = hash & ((filter.length << 3) - 1);
  return ((filter[h >>> 3] ?? 0) & (1 << (h & 7))) !== 0;
}

/** True when a word written in lower case may start a form (false positives about 1%, no false negatives). */
export function mayStartLowerForm(dict: ActorDictionary, hash: number): boolean {
  return inFilter(dict.lowerBits, hash);
}

/** The step from the trie's root for a token (packed node and flags, see edge-table.ts), or -1. */
export function rootStep(dict: ActorDictionary, token: Token): number {
  return inFilter(dict.rootBits, token.hash) ? step(dict.edges, 0, token) : -1;
}

/** True when a token may be a given name or an organisation head word. */
export function mayBeName(dict: ActorDictionary, hash: number): boolean {
  return inFilter(dict.nameBits, hash);
}

/** Words that make "country" or "nation" refer to the document's state. */
export const FOCAL_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'this', 'el', 'nuestro']);

const NATIONAL_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY', 'DIP']);

function defaultCode(entry: Entry): string | null {
  if (entry.code) return entry.code;
  if (entry.type === 'state') return entry.id.slice(6).toUpperCase();
  if (entry.type === 'igo') return 'IGO';
  if (entry.type === 'person') return null;
  if (entry.state && entry.sector && NATIONAL_SECTORS.has(entry.sector)) return entry.state;
  if (entry.type === 'place') return entry.state ?? null;
  return `ORG:${entry.name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '')}`;
}

// The base dictionary ships compiled (compiled-dictionary.ts): after changing what this builds, run
// the build (npm run build) to rewrite it; its test fails while the shipped file differs from a build.
export function buildDictionary(userEntries: readonly Entry[] = []): ActorDictionary {
  const data = loadActorData();
  const records = new Map<string, ActorRecord>();
  const trie = makeTrieNode();
  const givenNames = new Set(data.ambiguity.givenNames.map((n) => tokenizeForm(n).join(' ')));
  // Forms whose lower-case spelling is another word ("turkey", "chad"): these must be capitalised.
  const ambiguousForms = new Set(data.ambiguity.ambiguous.filter((a) => a.rejectLowercase !== false).map((a) => tokenizeForm(a.alias).join(' ')));
  const i18n = i18nStates();
  const names = new Map<string, string>();
  for (const [code, n] of i18n) names.set(code, n.en[0] ?? code);
  for (const s of data.states) if (s.name) names.set(s.code, s.name);
  const stateName = (code: string): string => names.get(code) ?? records.get(`org:${code.slice(4).toLowerCase()}`)?.name ?? code;

  const stopwords = new Set(data.ambiguity.stopwords);
  const commonSurnames = new Set(data.ambiguity.commonSurnames.map((n) => tokenizeForm(n).join(' ')));
  const addForm = (form: string, target: string, via: MentionVia, priority: number, mode?: CaseMode, sector: string | null = null): void => {
    let tokens = tokenizeForm(form);
    if (tokens.length > 1 && tokens[0] === 'the') tokens = tokens.slice(1);
    if (tokens.length === 0) return;
    if (priority <= 2 && (stopwords.has(tokens[0] ?? '') || !/^[\p{L}\p{N}]/u.test(tokens[0] ?? ''))) return;
    const letters = form.replace(/^the\s+/i, '').replace(/[^\p{L}]/gu, '');
    const lowerForm = letters.length > 0 && letters[0] === letters[0]?.toLowerCase() && letters[0] !== letters[0]?.toUpperCase();
    const caseMode: CaseMode = mode ?? (letters.length <= 5 && letters === letters.toUpperCase() ? 'exact' : lowerForm ? 'any' : 'cap');
    insertForm(trie, tokens, { target, via, caseMode, priority, sector });
  };

  // States: ISO names (en, es), converted aliases, then the curated extras.
  const lowerOk = (form: string): CaseMode => (ambiguousForms.has(tokenizeForm(form).join(' ')) || form.length < 4 ? 'cap' : 'any');
  for (const [code, n] of i18n) {
    records.set(`state:${code}`, { id: `state:${code}`, type: 'state', name: names.get(code) ?? code, code, state: code, sector: null, roles: [], historical: false });
    for (const form of [...n.en, ...n.es]) addForm(form, `state:${code}`, 'name', 3, form.length <= 3 ? undefined : lowerOk(form));
  }
  for (const s of data.phoenixStates) {
    for (const form of s.aliases) {
      const norm = tokenizeForm(form).join(' ');
      if (form.length < 3 || givenNames.has(norm)) continue;
      addForm(form, `state:${s.code}`, 'name', 2);
    }
  }
  for (const s of data.states) {
    const id = `state:${s.code}`;
    const prior = records.get(id);
    records.set(id, { id, type: 'state', name: s.name ?? prior?.name ?? s.code, code: s.code, state: s.code, sector: null, roles: [], historical: s.historical ?? false });
    for (const form of s.aliases ?? []) addForm(form, id, 'name', 5);
    for (const form of s.acronyms ?? []) addForm(form, id, 'name', 5, 'exact');
    for (const form of s.demonyms ?? []) addForm(form, id, 'demonym', 5, form.length >= 6 && !/\s/.test(form) ? lowerOk(form) : undefined);
    if (s.capital) addForm(s.capital, id, 'capital', 5);
    for (const [form, sector] of Object.entries(s.seats ?? {})) addForm(form, id, 'metonym', 5, 'cap', sector);
  }

  // People, institutions, organisations: Phoenix first, curated and user entries override by id.
  const layers: [readonly Entry[], number][] = [[data.phoenix, 1], [data.curated, 5]];
  const merged = mergeUserEntries(layers, userEntries);
  for (const { entry, priority } of merged) {
    const roles = (entry.roles ?? []).map((r) => normRole(r, stateName));
    records.set(entry.id, {
      id: entry.id, type: entry.type, name: entry.name, code: defaultCode(entry), state: entry.state ?? null,
      sector: entry.sector ?? null, roles, historical: entry.historical ?? false,
    });
    const via: MentionVia = priority === 9 ? 'user' : entry.type === 'person' ? 'leader' : 'name';
    for (const form of [entry.name, ...(entry.aliases ?? [])]) addForm(form, entry.id, via, priority);
    for (const form of entry.acronyms ?? []) addForm(form, entry.id, via, priority, 'exact');
    for (const form of entry.demonyms ?? []) addForm(form, entry.id, 'demonym', priority);
    const namesSurname = (entry.aliases ?? []).some((a) => !/\s/.test(a));
    if (entry.type === 'person' && priority >= 5 && !namesSurname) {
      const words = entry.name.split(/\s+/);
      const last = words[words.length - 1] ?? '';
      const norm = tokenizeForm(last).join(' ');
      if (words.length > 1 && last.length >= 4 && !givenNames.has(norm) && !PARTICLES.has(norm) && !commonSurnames.has(norm)) {
        // Below state names (3): "Montenegro" is the country before it is Portugal's prime minister.
        addForm(last, entry.id, 'leader', 2, 'cap');
      }
    }
  }

  const officeHolders = new Map<string, { id: string; role: ActorRole }[]>();
  for (const record of records.values()) {
    for (const role of record.roles) {
      if (!role.office) continue;
      const key = `${role.holder}:${role.office}`;
      officeHolders.set(key, [...(officeHolders.get(key) ?? []), { id: record.id, role }]);
    }
  }
  for (const list of officeHolders.values()) list.sort((a, b) => (a.role.start ?? '').localeCompare(b.role.start ?? ''));

  const generics: GenericPhrase[] = [];
  for (const g of data.generic.generic) {
    const index = generics.length;
    generics.push({ sector: g.sector, office: g.office ?? null, kind: g.kind, head: g.head ?? tokenizeForm(g.phrases[0] ?? '').slice(-1)[0] ?? '' });
    for (const p of g.phrases) insertForm(trie, tokenizeForm(p), { target: `generic:${index}`, via: 'role', caseMode: 'any', priority: 0, sector: g.sector });
  }
  // "the country": the noun goes in the trie and the scan checks the determiner before it, so that
  // "the" (one word in twenty) never starts a look-up.
  for (const p of data.generic.focalRefs) {
    const tokens = tokenizeForm(p);
    insertForm(trie, FOCAL_DETERMINERS.has(tokens[0] ?? '') ? tokens.slice(1) : tokens, { target: 'focal', via: 'coreference', caseMode: 'any', priority: 0, sector: null });
  }

  for (const form of data.ambiguity.nonActors) addForm(form, 'none', 'name', 10, 'cap');
  const ambiguity = new Map<string, AmbiguityRule>();
  for (const a of data.ambiguity.ambiguous) {
    const words = (list: string[] | undefined): Set<string> => new Set((list ?? []).map((w) => tokenizeForm(w).join(' ')));
    ambiguity.set(tokenizeForm(a.alias).join(' '), {
      rejectLowercase: a.rejectLowercase ?? true,
      notBefore: words(a.notBefore),
      notAfter: words(a.notAfter),
      onlyAfter: words(a.onlyAfter),
      personName: a.personName ?? false,
      redirect: a.redirect ? { words: words(a.redirect.words), to: a.redirect.to } : null,
    });
  }
  markLowerCase(trie);
  return indexDictionary({
    records, trie, generics, ambiguity, givenNames,
    modifiers: new Set(data.generic.modifiers.map((m) => m.toLowerCase())),
    orgHeads: new Map(Object.entries(data.generic.orgHeads).map(([k, v]) => [k.toLowerCase(), v])),
    officeHolders,
  });
}

/** The parts of a dictionary that are data; the rest are look-up indexes made from them. */
export type DictionaryParts = Pick<ActorDictionary, 'records' | 'trie' | 'generics' | 'ambiguity' | 'givenNames' | 'modifiers' | 'orgHeads' | 'officeHolders'>;

/** Adds the pre-filters and hash indexes, for a freshly built dictionary or a compiled one read back. */
export function indexDictionary(parts: DictionaryParts): ActorDictionary {
  const { trie, ambiguity, givenNames, orgHeads } = parts;
  const ambiguityAt = new Map<TrieNode, RuleAt>();
  for (const [key, rule] of ambiguity) {
    let node: TrieNode | undefined = trie;
    for (const word of key.split(' ')) node = node?.children?.get(word);
    if (!node) continue;
    ambiguityAt.set(node, { rule, notBefore: makeWordSet(rule.notBefore), notAfter: makeWordSet(rule.notAfter), onlyAfter: makeWordSet(rule.onlyAfter), redirectWords: rule.redirect ? makeWordSet(rule.redirect.words) : null });
  }
  const lowerRoots: string[] = [];
  for (const [word, node] of trie.children ?? []) if (node.lower) lowerRoots.push(word);
  return {
    ...parts,
    lowerBits: bitFilter(lowerRoots, LOWER_BITS),
    givenNameWords: makeWordSet(givenNames),
    modifierWords: makeWordSet(parts.modifiers),
    orgHeadWords: makeWordSet(orgHeads.keys()),
    edges: makeEdgeTable(trie, ambiguityAt),
    ambiguityAt,
    stateNames: new Map([...parts.records.values()].filter((r) => r.id.startsWith('state:')).map((r) => [r.id.slice(6), r.name])),
    genericEntities: parts.generics.map((g) => `generic:${g.head}`),
    nameBits: bitFilter([...givenNames, ...orgHeads.keys()], NAME_BITS),
    rootBits: bitFilter(trie.children?.keys() ?? [], ROOT_BITS),
  };
}

let base: ActorDictionary | null = null;

/**
 * The dictionary of data/actors alone, made once: read back from the compiled file written at
 * build time when its fingerprint matches the data, else built from the sources.
 */
export function baseDictionary(): ActorDictionary {
  base ??= readCompiledDictionary() ?? buildDictionary();
  return base;
}
