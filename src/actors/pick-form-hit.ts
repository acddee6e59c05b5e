// Decides whether a dictionary form found in the text counts, and which entry it names: case
// (acronyms exact, names capitalised unless safe in lower case) and the ambiguity rules of
// data/actors/ambiguous.yaml ("turkey" the bird, "Chad" the first name, "Guinea pig").
import type { ActorDictionary, RuleAt } from './build-dictionary.js';
import { roleOnDate } from './role-on-date.js';
import { matchesAt } from './token-trie.js';
import type { FormHit } from './token-trie.js';
import { ALLCAPS, CAPITAL, LOWER, NUMBER, PUNCT, hasLowerCase } from './tokenize.js';
import type { Token } from './tokenize.js';
import { mostlyCapitals } from './mostly-capitals.js';

export interface ScanContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly start: number;
  readonly end: number;
  /** Whether most letters of the sentence are capitals (a headline): -1 until asked, then 0 or 1. */
  shoutingCache: number;
  readonly date: string | null;
}

function caseOk(hit: FormHit, ctx: ScanContext, start: number, end: number): boolean {
  if (hit.caseMode === 'any') return true;
  const first = ctx.tokens[start];
  if (!first) return false;
  if (hit.caseMode === 'cap') return first.shape === CAPITAL || first.shape === ALLCAPS || first.shape === NUMBER;
  if (end - start <= 2) {
    if (ctx.shoutingCache < 0) ctx.shoutingCache = mostlyCapitals(ctx.text, ctx.start, ctx.end) ? 1 : 0;
    if (ctx.shoutingCache === 1) return false;
  }
  for (let i = start; i < end; i++) {
    const t = ctx.tokens[i];
    if (!t || t.shape === PUNCT) continue;
    if (hasLowerCase(ctx.text, t.start, t.end)) return false;
  }
  return true;
}

function wordAt(ctx: ScanContext, index: number, step: number): Token | null {
  for (let i = index; i >= 0 && i < ctx.tokens.length; i += step) {
    const t = ctx.tokens[i];
    if (t && t.shape !== PUNCT) return t;
    if (t && t.norm !== "'" && t.norm !== '-') return null;
  }
  return null;
}

/** Whether a form other than a person's name starts at token `i` ("Chad Foreign Minister" vs "Chad Johnson"). */
function startsNonPerson(dict: ActorDictionary, ctx: ScanContext, i: number): boolean {
  return matchesAt(dict.edges, ctx.tokens, i).some((m) => m.hits.some((h) => !h.target.startsWith('per:')));
}

/** `pickFormHit` for a form with one hit and no ambiguity rule (most forms): only case can rule it out. */
export function pickSoleHit(hit: FormHit, ctx: ScanContext, start: number, end: number): FormHit | null {
  return caseOk(hit, ctx, start, end) ? hit : null;
}

/**
 * The target the form names here, or null when case or context rule it out. `ruleAt` is the
 * ambiguity rule of the form matched (`ActorDictionary.ambiguityAt` of its trie node), if any.
 */
export function pickFormHit(dict: ActorDictionary, hits: readonly FormHit[], ruleAt: RuleAt | undefined, ctx: ScanContext, start: number, end: number): FormHit | null {
  if (ruleAt) {
    const rule = ruleAt.rule;
    const first = ctx.tokens[start];
    if (rule.rejectLowercase && first?.shape === LOWER) return null;
    const next = wordAt(ctx, end, 1);
    const prev = wordAt(ctx, start - 1, -1);
    if (next && ruleAt.notBefore.hasToken(next)) return null;
    if (prev && ruleAt.notAfter.hasToken(prev)) return null;
    if (rule.onlyAfter.size > 0 && !(prev && ruleAt.onlyAfter.hasToken(prev))) return null;
    if (rule.personName) {
      if (prev && prev.shape === CAPITAL && dict.givenNameWords.hasToken(prev)) return null;
      if (next && next.shape === CAPITAL && next.start === (ctx.tokens[end]?.start ?? -1) && !startsNonPerson(dict, ctx, end)) return null;
    }
    const redirect = ruleAt.redirectWords;
    if (rule.redirect && redirect && ctx.tokens.some((t) => redirect.hasToken(t))) {
      return { target: rule.redirect.to, via: 'name', caseMode: 'cap', priority: 9, sector: null };
    }
  }
  let best: FormHit | null = null;
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k] as FormHit;
    if (!caseOk(hit, ctx, start, end)) continue;
    if (!best || hit.priority > best.priority) best = hit;
    else if (hit.priority === best.priority && hit.target.startsWith('per:') && ctx.date) {
      const a = dict.records.get(hit.target);
      const b = dict.records.get(best.target);
      if (a && roleOnDate(a, ctx.date) && !(b && roleOnDate(b, ctx.date))) best = hit;
    }
  }
  return best;
}
