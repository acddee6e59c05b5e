// What the store keeps beside each event so that rules can run without the full document:
// the diplomatic post an actor names and the states the evidence places the act in.
import { actorState } from './actor-state.js';
import { loadRelationRules } from './relation-rules.js';
import { stateNames } from './state-names.js';
import type { Doc, Event, EventActor } from '../core/index.js';
import type { RelationRules } from './relation-rules.js';

/** Id of the presence rule an actor matches: "the Mexican ambassador", "Israeli embassy in ...". */
export function actorPost(doc: Doc, actor: EventActor, rules: RelationRules = loadRelationRules()): string | null {
  // The post word is usually inside the actor's text or right after it ("Israeli| embassy").
  const next = doc.text.slice(actor.end, actor.end + 24).match(/^\s*(['’]s\s+)?[\p{L}-]+/u)?.[0] ?? '';
  const text = `${actor.text}${next}`;
  return rules.presence.find((p) => p.pattern.test(text))?.id ?? null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** States the evidence places the act in: "in Mexico City", "in Ramallah" (a capital mention). */
export function eventLocations(doc: Doc, event: Event): string[] {
  const { start, end } = event.evidence;
  const out = new Set<string>();
  for (const m of doc.mentions) {
    if (m.start < start || m.end > end || !m.state) continue;
    if (m.actorType !== 'place' && m.via !== 'capital') continue;
    if (/\b(in|at)\s+(the\s+)?$/i.test(doc.text.slice(Math.max(0, m.start - 8), m.start))) out.add(m.state);
  }
  const states = [...event.source, ...event.target].map(actorState).filter((s): s is string => Boolean(s));
  for (const s of new Set(states)) {
    const names = stateNames(s).map(escape).join('|');
    if (names && new RegExp(`\\b(in|at)\\s+(the\\s+)?(${names})\\b`, 'i').test(event.evidence.text)) out.add(s);
  }
  return [...out];
}
