// The contract level of a mission ("special delegation" -> delegation) from the event's level
// or, when the extractor gave none, from its evidence ("... to the rank of special delegation").
import type { RelationRules } from './relation-rules.js';

const exact = new WeakMap<RelationRules, Map<string, string>>();

function lookup(rules: RelationRules, phrase: string): string | null {
  const p = phrase.toLowerCase().trim();
  let table = exact.get(rules);
  if (!table) exact.set(rules, (table = new Map(rules.levels.map(([w, l]) => [w, l]))));
  const direct = table.get(p);
  if (direct) return direct;
  for (const [words, level] of rules.levels) if (p === words || p.endsWith(` ${words}`)) return level;
  for (const [words, level] of rules.levels) if (p.includes(words)) return level;
  return null;
}

export function missionLevel(rules: RelationRules, level: string | null, evidence: string): string | null {
  if (level) {
    const found = lookup(rules, level);
    if (found) return found;
  }
  const text = evidence.toLowerCase();
  // The level reached is the one after "to": "from special delegation to embassy".
  const after = /\bto\s+(?:the\s+(?:rank|status|level)\s+of\s+)?(?:an?\s+|the\s+)?(?:full\s+)?([a-z -]{3,40})/g;
  let last: string | null = null;
  for (const m of text.matchAll(after)) {
    const found = lookupPrefix(rules, m[1]);
    if (found) last = found;
  }
  if (last) return last;
  let best: { at: number; level: string } | null = null;
  for (const [words, lvl] of rules.levels) {
    const at = text.lastIndexOf(words);
    if (at >= 0 && (!best || at > best.at)) best = { at, level: lvl };
  }
  return best?.level ?? null;
}

/** Level named at the start of `text` ("special delegation on its website" -> delegation). */
function lookupPrefix(rules: RelationRules, text: string): string | null {
  for (const [words, level] of rules.levels) if (text.startsWith(words)) return level;
  return null;
}
