// Turns a dictionary record found in a sentence into a Mention: states and institutions carry
// their code; people are coded by the role they held on the date that matters (the year the
// sentence names, else the publication date), former office holders by the state they served.
import type { Mention, MentionVia, RoleHeld } from '../core/index.js';
import type { ActorDictionary, ActorRecord, ActorRole } from './build-dictionary.js';
import { lastRoleBefore, roleOnDate } from './role-on-date.js';

export function asciiName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

export function personCode(name: string): string {
  return `PER:${asciiName(name)}`;
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

const stateOfHolder = new Map<string, string | null>();

/** The role a person is coded by in this sentence. */
export function personRole(record: ActorRecord, published: string | null, sentenceYear: () => string | null): { role: ActorRole | null; current: boolean } {
  const year = record.roles.length > 0 ? sentenceYear() : null;
  const then = year ? roleOnDate(record, year) : null;
  if (then) return { role: then, current: true };
  const now = roleOnDate(record, published);
  if (now) return { role: now, current: true };
  return { role: lastRoleBefore(record, published), current: false };
}

const NO_YEAR = (): null => null;

export function makeMention(dict: ActorDictionary, record: ActorRecord, seed: MentionSeed, published: string | null, sentenceYear: () => string | null = NO_YEAR): Mention {
  if (record.type !== 'person') {
    return {
      kind: 'mention', start: seed.start, end: seed.end, text: seed.text, code: record.code ?? record.state ?? personCode(record.name), state: record.state,
      sector: seed.sector ?? record.sector, name: record.name, entity: record.id, actorType: record.type, via: seed.via, role: null, rule: seed.rule,
      confidence: CONFIDENCE[seed.via] ?? 0.7,
    };
  }
  const base = { kind: 'mention' as const, start: seed.start, end: seed.end, text: seed.text, name: record.name, entity: record.id, via: seed.via, rule: seed.rule, confidence: CONFIDENCE[seed.via] ?? 0.7 };
  const { role, current } = personRole(record, published, sentenceYear);
  if (!role) return { ...base, code: personCode(record.name), state: record.state, sector: record.sector, actorType: 'person', role: null };
  let state = stateOfHolder.get(role.holder);
  if (state === undefined) {
    state = holderState(dict, role.holder);
    stateOfHolder.set(role.holder, state);
  }
  return {
    ...base,
    code: role.holder === 'IGO' || role.holder === 'NGO' || role.holder.includes(':') || /^[A-Z]{3}$/.test(role.holder) ? role.holder : personCode(record.name),
    state,
    sector: current ? role.sector : 'ELI',
    actorType: 'person',
    role: current ? held(role) : null,
  };
}
