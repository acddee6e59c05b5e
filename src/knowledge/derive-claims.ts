// Claims about a pair of states, derived from known events by the rules in data/relations.
import { dateBounds, dayBefore } from './date-bounds.js';
import { actorState, pairOf } from './actor-state.js';
import { missionHolder } from './mission-holder.js';
import { missionLevel } from './mission-level.js';
import type { RelationRule, RelationRules } from './relation-rules.js';
import type { Claim, ClaimValue, DateBounds, Facet, KnownEvent } from './types.js';

interface Placed {
  readonly start: string;
  readonly end: string;
  readonly since: string | null;
}

/** Where an event sits in time: its stated date, else the first report's publication date. */
function place(event: KnownEvent): Placed | null {
  if (event.date.start && event.date.end) return { start: event.date.start, end: event.date.end, since: event.date.value };
  const published = event.reports.map((r) => r.published).filter((p): p is string => Boolean(p)).sort()[0];
  if (!published) return null;
  const b: DateBounds = dateBounds(published, 'day');
  return { start: b.start!, end: b.end!, since: published };
}

function ruleMatches(rule: RelationRule, event: KnownEvent): boolean {
  if (rule.type !== event.type || rule.polarity !== event.polarity) return false;
  if (!rule.modality.includes(event.modality)) return false;
  if (rule.pattern && !event.reports.some((r) => rule.pattern!.test(r.evidence.text) || rule.pattern!.test(r.sentence ?? ''))) return false;
  return true;
}

function makeClaim(event: KnownEvent, at: Placed, facet: Facet, holder: string, other: string, value: ClaimValue, rule: string, effect: Claim['effect'], weak = false): Claim {
  const point = effect === 'holds-until' ? at.end : at.start;
  return { kind: 'claim', facet, holder, other, value, effect, rule, weak, start: point, end: effect === 'holds-until' ? point : at.end, since: at.since, event, citations: event.citations };
}

function claimsOfRule(rules: RelationRules, rule: RelationRule, event: KnownEvent, at: Placed): Claim[] {
  let value: ClaimValue = rule.value;
  if (value === '$level') {
    const evidence = event.reports.map((r) => r.evidence.text).join(' ');
    const level = missionLevel(rules, event.level, evidence) ?? rule.levelDefault ?? null;
    if (!level) return [];
    value = level;
  } else if (rule.needsLevel && !event.level) return [];
  const out: Claim[] = [];
  const pairs: [string, string][] = [];
  for (const s of event.sources) for (const t of event.targets) if (s !== t) pairs.push([s, t]);
  for (const [s, t] of pairs) {
    if (rule.holder === 'both') {
      if (rule.facet === 'relations') {
        const [x, y] = pairOf(s, t);
        out.push(makeClaim(event, at, rule.facet, x, y, value, rule.id, rule.effect));
      } else {
        out.push(makeClaim(event, at, rule.facet, s, t, value, rule.id, rule.effect));
        out.push(makeClaim(event, at, rule.facet, t, s, value, rule.id, rule.effect));
      }
      continue;
    }
    const side = rule.holder === 'mission' ? missionHolder(event, rule.fallback ?? 'source') : rule.holder;
    out.push(side === 'source'
      ? makeClaim(event, at, rule.facet, s, t, value, rule.id, rule.effect)
      : makeClaim(event, at, rule.facet, t, s, value, rule.id, rule.effect));
  }
  return out;
}

/** Posts named by actors ("the Israeli embassy in Mexico") show the holder's mission in the other party. */
function presenceClaims(rules: RelationRules, event: KnownEvent, at: Placed): Claim[] {
  if (event.polarity !== 'asserted' || (event.modality !== 'actual' && event.modality !== 'ongoing')) return [];
  if (rules.presenceExcept.has(event.type ?? '')) return [];
  const out: Claim[] = [];
  const seen = new Set<string>();
  const report = event.reports[0];
  const sides = [
    { actors: report.source, others: event.targets },
    { actors: report.target, others: event.sources },
  ];
  for (const { actors, others } of sides) {
    for (const actor of actors) {
      const rule = actor.post ? rules.presence.find((p) => p.id === actor.post) : undefined;
      const holder = actorState(actor);
      if (!rule || !holder) continue;
      for (const other of others) {
        const key = `${rule.id}:${holder}:${other}`;
        if (other === holder || seen.has(key)) continue;
        seen.add(key);
        out.push(makeClaim(event, at, rule.facet, holder, other, rule.value, rule.id, 'change', true));
      }
    }
  }
  return out;
}

/**
 * "Has long refused to recognise" dated only by publication, in an article that also reports the
 * change ("last week that changed"), describes the time before that change: cap it there.
 */
function capObservations(claims: Claim[]): Claim[] {
  return claims.map((claim) => {
    if (claim.effect !== 'holds-until' || claim.event.date.start) return claim;
    const docs = new Set(claim.event.reports.map((r) => r.document));
    const later = claims
      .filter((c) => c.effect === 'change' && c.facet === claim.facet && c.holder === claim.holder && c.other === claim.other)
      .filter((c) => c.value !== claim.value && c.start <= claim.start && c.event.reports.some((r) => docs.has(r.document)))
      .map((c) => c.start)
      .sort();
    if (!later.length) return claim;
    const day = dayBefore(later[0]);
    return { ...claim, start: day, end: day, since: null };
  });
}

/** Every claim the rules make from these events. */
export function deriveClaims(events: readonly KnownEvent[], rules: RelationRules): Claim[] {
  const claims: Claim[] = [];
  for (const event of events) {
    const at = place(event);
    if (!at) continue;
    // The first matching rule of each facet wins, so specific rules sit above general ones.
    const done = new Set<string>();
    for (const rule of rules.byType.get(event.type ?? '') ?? []) {
      const slot = `${rule.facet}:${rule.effect}`;
      if (done.has(slot) || !ruleMatches(rule, event)) continue;
      const when = rule.at === 'day-before' ? { start: dayBefore(at.start), end: dayBefore(at.start), since: null } : at;
      const made = claimsOfRule(rules, rule, event, when);
      if (made.length) done.add(slot);
      claims.push(...made);
    }
    claims.push(...presenceClaims(rules, event, at));
  }
  return capObservations(claims);
}
