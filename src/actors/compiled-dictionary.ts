// The base dictionary compiled at build time into data/actors/compiled-dictionary.json: records
// and roles as flat arrays, the trie as a numbered node list. Reading it back costs a JSON parse
// and one pass, where building from the sources (YAML, the large converted Phoenix file,
// tokenizing every form) takes several times longer on every start of a process. A fingerprint
// of the sources and of the format guards against a stale file: on any mismatch the caller builds.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import type { MentionVia } from '../core/index.js';
import { indexDictionary } from './build-dictionary.js';
import type { ActorDictionary, ActorRecord, ActorRole, AmbiguityRule, GenericPhrase } from './build-dictionary.js';
import type { Entry, OfficeKey } from './schema.js';
import type { CaseMode, FormHit, TrieNode } from './token-trie.js';

// Bump when the dictionary build or this layout changes: an old file is then ignored.
const FORMAT = 2;
const dataDir = new URL('../../data/actors/', import.meta.url);
const compiledUrl = new URL('compiled-dictionary.json', dataDir);
const sourceFiles = ['states.yaml', 'leaders.yaml', 'institutions.yaml', 'generic.yaml', 'ambiguous.yaml', 'phoenix.json'];

type RoleRow = [string, OfficeKey | null, string, string | null, string | null, string | null];
type RecordRow = [string, Entry['type'], string, string | null, string | null, string | null, RoleRow[], boolean];

/**
 * The trie in breadth-first order, column by column: numbers and one joined string parse several
 * times faster than a nested array per node. The children of a node are consecutive in this
 * order, so a count per node places them.
 */
interface CompiledTrie {
  /** The word on the edge into each node after the root, joined by newlines (no token holds one). */
  readonly labels: string;
  readonly childCounts: number[];
  /** "1" where a lower-case word may start or be a form. */
  readonly lower: string;
  /** Null-children nodes (leaves) are told apart from nodes with an empty map: "1" where children is a map. */
  readonly branch: string;
  /** Per hit, in node order: node index, target, via, case mode, priority, sector. */
  readonly hitNodes: number[];
  /** Index into the records, or -1 - i for `extraTargets[i]` ("generic:3", "focal", "none"). */
  readonly hitTargets: number[];
  readonly extraTargets: string[];
  readonly hitVia: number[];
  readonly hitCase: number[];
  readonly hitPriority: number[];
  /** Index into `sectors`, or -1 for none. */
  readonly hitSector: number[];
  readonly vias: MentionVia[];
  readonly cases: CaseMode[];
  readonly sectors: string[];
}
type RuleRow = [string, boolean, string[], string[], boolean, { words: string[]; to: string } | null, string[]];

interface Compiled {
  readonly format: number;
  readonly fingerprint: string;
  readonly records: RecordRow[];
  readonly trie: CompiledTrie;
  readonly generics: GenericPhrase[];
  readonly ambiguity: RuleRow[];
  readonly givenNames: string[];
  readonly modifiers: string[];
  readonly orgHeads: [string, string][];
  /** Office key → [entry id, index of the role in that record's roles]. */
  readonly officeHolders: [string, [string, number][]][];
}

/** Hash of everything the base dictionary is made from: the data files and the country names package. */
export function sourcesFingerprint(): string {
  const hash = createHash('sha1');
  hash.update(`format ${FORMAT}\n`);
  for (const name of sourceFiles) hash.update(readFileSync(new URL(name, dataDir))).update(`\n${name}\n`);
  for (const lang of ['en', 'es']) hash.update(JSON.stringify(countries.getNames(lang, { select: 'all' })));
  return hash.digest('hex');
}

function serialize(dict: ActorDictionary, fingerprint: string): Compiled {
  const recordIndex = new Map([...dict.records.keys()].map((id, i) => [id, i]));
  const t: CompiledTrie = {
    labels: '', childCounts: [], lower: '', branch: '', hitNodes: [], hitTargets: [], extraTargets: [], hitVia: [], hitCase: [],
    hitPriority: [], hitSector: [], vias: [], cases: [], sectors: [],
  };
  const code = <T>(table: T[], value: T): number => {
    let i = table.indexOf(value);
    if (i < 0) i = table.push(value) - 1;
    return i;
  };
  const labels: string[] = [];
  const lower: string[] = [];
  const branch: string[] = [];
  const order: TrieNode[] = [dict.trie];
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    for (const [key, child] of node.children ?? []) {
      labels.push(key);
      order.push(child);
    }
    t.childCounts.push(node.children?.size ?? 0);
    lower.push(node.lower ? '1' : '0');
    branch.push(node.children ? '1' : '0');
    for (const h of node.hits ?? []) {
      t.hitNodes.push(i);
      const r = recordIndex.get(h.target);
      t.hitTargets.push(r ?? -1 - code(t.extraTargets, h.target));
      t.hitVia.push(code(t.vias, h.via));
      t.hitCase.push(code(t.cases, h.caseMode));
      t.hitPriority.push(h.priority);
      t.hitSector.push(h.sector === null ? -1 : code(t.sectors, h.sector));
    }
  }
  const trie: CompiledTrie = { ...t, labels: labels.join('\n'), lower: lower.join(''), branch: branch.join('') };
  const records = [...dict.records.values()].map((r): RecordRow => [
    r.id, r.type, r.name, r.code, r.state, r.sector, r.roles.map((o): RoleRow => [o.holder, o.office, o.sector, o.title, o.start, o.end]), r.historical,
  ]);
  const set = (s: ReadonlySet<string>): string[] => [...s];
  return {
    format: FORMAT,
    fingerprint,
    records,
    trie,
    generics: [...dict.generics],
    ambiguity: [...dict.ambiguity].map(([key, a]): RuleRow => [key, a.rejectLowercase, set(a.notBefore), set(a.notAfter), a.personName, a.redirect ? { words: set(a.redirect.words), to: a.redirect.to } : null, set(a.onlyAfter)]),
    givenNames: set(dict.givenNames),
    modifiers: set(dict.modifiers),
    orgHeads: [...dict.orgHeads],
    officeHolders: [...dict.officeHolders].map(([key, list]) => [key, list.map(({ id, role }) => [id, dict.records.get(id)?.roles.indexOf(role) ?? -1])]),
  };
}

function deserialize(c: Compiled): ActorDictionary {
  const records = new Map<string, ActorRecord>();
  for (const [id, type, name, code, state, sector, roles, historical] of c.records) {
    const list = roles.map(([holder, office, sec, title, start, end]): ActorRole => ({ holder, office, sector: sec, title, start, end }));
    records.set(id, { id, type, name, code, state, sector, roles: list, historical });
  }
  const trie = readTrie(c.trie, [...records.keys()]);
  const ambiguity = new Map<string, AmbiguityRule>();
  for (const [key, rejectLowercase, notBefore, notAfter, personName, redirect, onlyAfter] of c.ambiguity) {
    ambiguity.set(key, { rejectLowercase, notBefore: new Set(notBefore), notAfter: new Set(notAfter), onlyAfter: new Set(onlyAfter), personName, redirect: redirect ? { words: new Set(redirect.words), to: redirect.to } : null });
  }
  const officeHolders = new Map<string, { id: string; role: ActorRole }[]>();
  for (const [key, list] of c.officeHolders) {
    officeHolders.set(key, list.map(([id, i]) => ({ id, role: records.get(id)!.roles[i]! })));
  }
  return indexDictionary({
    records, trie, generics: c.generics, ambiguity, givenNames: new Set(c.givenNames),
    modifiers: new Set(c.modifiers), orgHeads: new Map(c.orgHeads), officeHolders,
  });
}

function readTrie(t: CompiledTrie, ids: readonly string[]): TrieNode {
  const labels = t.labels.split('\n');
  const count = t.childCounts.length;
  const nodes: TrieNode[] = new Array<TrieNode>(count);
  for (let i = 0; i < count; i++) {
    nodes[i] = { children: t.branch.charCodeAt(i) === 49 ? new Map() : null, hits: null, lower: t.lower.charCodeAt(i) === 49, word: i === 0 ? '' : labels[i - 1]!, id: -1 };
  }
  let next = 1;
  for (let i = 0; i < count; i++) {
    const children = nodes[i]!.children;
    for (let k = t.childCounts[i]!; k > 0; k--, next++) children!.set(labels[next - 1]!, nodes[next]!);
  }
  for (let h = 0; h < t.hitNodes.length; h++) {
    const node = nodes[t.hitNodes[h]!]!;
    const r = t.hitTargets[h]!;
    const target = r >= 0 ? ids[r]! : t.extraTargets[-1 - r]!;
    const s = t.hitSector[h]!;
    const hit: FormHit = {
      target, via: t.vias[t.hitVia[h]!]!, caseMode: t.cases[t.hitCase[h]!]!, priority: t.hitPriority[h]!, sector: s < 0 ? null : t.sectors[s]!,
      generic: target.startsWith('generic:') ? Number(target.slice(8)) : -1,
    };
    (node.hits ??= []).push(hit);
  }
  return nodes[0]!;
}

/** Writes the compiled base dictionary (run at build, after the data checks pass). */
export function writeCompiledDictionary(dict: ActorDictionary): void {
  writeFileSync(compiledUrl, JSON.stringify(serialize(dict, sourcesFingerprint())));
}

/** The compiled form of a dictionary, as it would be written: for the test that a read-back is faithful. */
export function roundTrip(dict: ActorDictionary): ActorDictionary {
  return deserialize(JSON.parse(JSON.stringify(serialize(dict, ''))) as Compiled);
}

/** The compiled base dictionary, or null when the file is missing, unreadable or made from other sources. */
export function readCompiledDictionary(): ActorDictionary | null {
  let compiled: Compiled;
  try {
    compiled = JSON.parse(readFileSync(compiledUrl, 'utf8')) as Compiled;
  } catch {
    return null;
  }
  if (compiled.format !== FORMAT || compiled.fingerprint !== sourcesFingerprint()) return null;
  return deserialize(compiled);
}
