// Build-time validation of data/actors (run by scripts/data-checks.ts): every file matches its
// schema, ids are unique, codes are valid ISO 3166-1 alpha-3 (or known historical/extra codes,
// IGO:*, ORG:*), role dates are ordered, and no two people hold the same office on the same day.
import { readDataFile, curatedEntryFiles } from './load-actor-data.js';
import { ambiguityFileSchema, entriesFileSchema, entrySchema, genericFileSchema, phoenixFileSchema, statesFileSchema } from './schema.js';
import type { Entry } from './schema.js';

import { isStateCode as validState } from './valid-codes.js';

function issues(file: string, error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.slice(0, 5).map((i) => `${file}: ${i.path.map(String).join('.')}: ${i.message}`);
}

/** Codes, role holders, role date order and overlapping terms of one office, over curated entries. */
export function checkEntries(entries: readonly Entry[], fileOf: (id: string) => string): string[] {
  const problems: string[] = [];
  const codes = new Set(entries.map((e) => e.code).filter((c): c is string => !!c));
  const offices = new Map<string, { id: string; start: string; end: string }[]>();
  for (const e of entries) {
    if (e.state && !validState(e.state)) problems.push(`${fileOf(e.id)}: ${e.id}: state ${e.state} is not a state code`);
    if (e.code && /^[A-Z]{3}$/.test(e.code) && e.code !== 'IGO' && e.code !== 'NGO' && !validState(e.code)) problems.push(`${fileOf(e.id)}: ${e.id}: code ${e.code} is not a state code`);
    for (const role of e.roles ?? []) {
      const holderOk = /^[A-Z]{3}$/.test(role.holder) ? validState(role.holder) : codes.has(role.holder) || role.holder === 'IGO';
      if (!holderOk) problems.push(`${fileOf(e.id)}: ${e.id}: role holder ${role.holder} is unknown`);
      if (role.start && role.end && role.end < role.start) problems.push(`${fileOf(e.id)}: ${e.id}: role ends (${role.end}) before it starts (${role.start})`);
      if (!role.office) continue;
      const key = `${role.holder} ${role.office}`;
      offices.set(key, [...(offices.get(key) ?? []), { id: e.id, start: role.start ?? '0000-00-00', end: role.end ?? '9999-12-31' }]);
    }
  }
  for (const [key, list] of offices) {
    const sorted = [...list].sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      // Hand-overs share a day (one leaves, the next is sworn in), so only a later end overlaps.
      if (prev && cur && cur.start < prev.end) problems.push(`${fileOf(cur.id)}: ${key}: ${prev.id} (${prev.start}–${prev.end}) overlaps ${cur.id} (from ${cur.start})`);
    }
  }
  return problems;
}

export function checkActorData(): string[] {
  const problems: string[] = [];
  const states = statesFileSchema.safeParse(readDataFile('states.yaml'));
  if (!states.success) problems.push(...issues('states.yaml', states.error));
  const seenStates = new Set<string>();
  for (const s of states.success ? states.data.states : []) {
    if (!validState(s.code)) problems.push(`states.yaml: ${s.code}: not an ISO 3166-1 alpha-3 code`);
    if (seenStates.has(s.code)) problems.push(`states.yaml: ${s.code}: listed twice`);
    seenStates.add(s.code);
  }
  for (const [file, schema] of [['generic.yaml', genericFileSchema], ['ambiguous.yaml', ambiguityFileSchema]] as const) {
    const r = schema.safeParse(readDataFile(file));
    if (!r.success) problems.push(...issues(file, r.error));
  }
  const entries: Entry[] = [];
  const ids = new Map<string, string>();
  for (const file of curatedEntryFiles) {
    const r = entriesFileSchema.safeParse(readDataFile(file));
    if (!r.success) {
      problems.push(...issues(file, r.error));
      continue;
    }
    for (const e of r.data.entries) {
      if (ids.has(e.id)) problems.push(`${file}: ${e.id}: id already used in ${ids.get(e.id)}`);
      ids.set(e.id, file);
      entries.push(e);
    }
  }
  const phoenix = phoenixFileSchema.safeParse(readDataFile('phoenix.json'));
  if (!phoenix.success) problems.push(...issues('phoenix.json', phoenix.error));
  else {
    for (const s of phoenix.data.stateAliases) if (!validState(s.code)) problems.push(`phoenix.json: ${s.code}: not a state code`);
    const phoenixIds = new Set<string>();
    phoenix.data.entries.forEach((raw, i) => {
      const r = entrySchema.safeParse(raw);
      if (!r.success) problems.push(...issues(`phoenix.json entries.${i}`, r.error).slice(0, 1));
      else if (phoenixIds.has(r.data.id)) problems.push(`phoenix.json: ${r.data.id}: id listed twice`);
      else phoenixIds.add(r.data.id);
    });
  }
  problems.push(...checkEntries(entries, (id) => ids.get(id) ?? '?'));
  const ambiguity = ambiguityFileSchema.safeParse(readDataFile('ambiguous.yaml'));
  for (const a of ambiguity.success ? ambiguity.data.ambiguous : []) {
    if (a.redirect && !ids.has(a.redirect.to)) problems.push(`ambiguous.yaml: ${a.alias}: redirect target ${a.redirect.to} is not an entry`);
  }
  return problems;
}
