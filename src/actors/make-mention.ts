// Turns a dictionary record found in a sentence into a Mention: states and institutions carry
// their code; people are coded by the role they held on the date that matters (the year the
// sentence names, else the publication date), former office holders by the state they served.
import type { Mention, MentionVia, RoleHeld } from '../core/index.js';
import type { ActorDictionary, ActorRecord, ActorRole } from './build-dictionary.js';
import { lastRoleBefore, roleOnDate } from './role-on-date.js';

/** Whether an ASCII name is already as `asciiName` leaves it: single inner spaces, no other white space. */
function plainAscii(name: string): boolean {
  let previous = 32;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80 || (c >= 9 && c <= 13) || (c === 32 && previous === 32)) return false;
    previous = c;
  }
  return previous !== 32;
}

/** The name without diacritics or doubled spaces. */
export function asciiName(name: string): string {
  if (plainAscii(name)) return name;
  const out = /[^\x00-\x7f]/.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name;
  return out.replace(/\s+/g, ' ').trim();
}

export function personCode(name: string): string {
  return `PER:${asciiName(name)}`;
}

// A dictionary person's code made once per record (normalising a name with diacritics is slow).
const recordCodes = new WeakMap<ActorRecord, string>();

function recordPersonCode(record: ActorRecord): string {
  let code = recordCodes.get(record);
  if (code === undefined) {
    code = personCode(record.name);
    recordCodes.set(record, code);
  }
  return code;
}

const CONFIDENCE: Partial<Record<MentionVia, number>> = {
  name: 0.9, demonym: 0.8, capital: 0.7, metonym: 0.8, leader: 0.9, role: 0.75, acronym: 0.8, coreference: 0.6, user: 0.9,
};

export interface MentionSeed {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly via: MentionVia;
  readonly rule: string;
  readonly sector?: string | null;
}

function holderState(dict: ActorDictionary, holder: string): string | null {
  if (/^[A-Z]{3}$/.test(holder)) return holder;
  for (const r of dict.records.values()) if (r.code === holder && r.state) return r.state;
  return null;
}

function held(role: ActorRole): RoleHeld {
  const code = /^[A-Z]{3}$/.test(role.holder) ? role.holder + role.sector : role.holder;
  return { title: role.title ?? `${role.sector} official`, code, start: role.start, end: role.end };
}


/** The role a person is coded by in this sentence. */
/** The sentence a mention sits in; the first year it names is looked up once, on demand. */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  year?: string | null;
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

function yearOf(s: SentenceSpan | null): string | null {
  if (!s) return null;
  if (s.year === undefined) s.year = YEAR.exec(s.text.slice(s.start, s.end))?.[1] ?? null;
  return s.year;
}

export function personRole(record: ActorRecord, published: string | null, sentence: SentenceSpan | null): { role: ActorRole | null; current: boolean } {
  const year = record.roles.length > 0 ? yearOf(sentence) : null;
  const then = year ? roleOnDate(record, year) : null;
  if (then) return { role: then, current: true };
  const now = roleOnDate(record, published);
  if (now) return { role: now, current: true };
  return { role: lastRoleBefore(record, published), current: false };
}

interface RoleCoding {
  readonly code: string;
  readonly state: string | null;
  readonly held: RoleHeld;
}

// Each role codes the same way every time; working it out once keeps people as cheap as states.
const roleCodings = new WeakMap<ActorRole, RoleCoding>();

function roleCoding(dict: ActorDictionary, record: ActorRecord, role: ActorRole): RoleCoding {
  let coding = roleCodings.get(role);
  if (!coding) {
    const isState = /^[A-Z]{3}$/.test(role.holder);
    const code = isState || role.holder === 'IGO' || role.holder.includes(':') ? role.holder : recordPersonCode(record);
    coding = { code, state: holderState(dict, role.holder), held: held(role) };
    roleCodings.set(role, coding);
  }
  return coding;
}

export function makeMention(dict: ActorDictionary, record: ActorRecord, seed: MentionSeed, published: string | null, sentence: SentenceSpan | null = null): Mention {
  const confidence = CONFIDENCE[seed.via] ?? 0.7;
  if (record.type !== 'person') {
    return {
      kind: 'mention', start: seed.start, end: seed.end, text: seed.text, code: record.code ?? record.state ?? recordPersonCode(record), state: record.state,
      sector: seed.sector ?? record.sector, name: record.name, entity: record.id, actorType: record.type, via: seed.via, role: null, rule: seed.rule, confidence,
    };
  }
  const { role, current } = personRole(record, published, sentence);
  const coding = role ? roleCoding(dict, record, role) : null;
  return {
    kind: 'mention', start: seed.start, end: seed.end, text: seed.text,
    code: coding ? coding.code : recordPersonCode(record),
    state: coding ? coding.state : record.state,
    sector: role ? (current ? role.sector : 'ELI') : record.sector,
    name: record.name, entity: record.id, actorType: 'person', via: seed.via,
    role: coding && current ? coding.held : null,
    rule: seed.rule, confidence,
  };
}
