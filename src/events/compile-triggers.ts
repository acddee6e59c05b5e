// Turns the pattern data into a lookup keyed by a trigger's first token.
import { inflectNoun, inflectVerb } from './inflect.js';
import { phraseTokens } from './tokenize.js';
import type { EventPattern } from './event-data-schema.js';

export interface TriggerEntry {
  readonly pattern: EventPattern;
  /** Token forms of the whole trigger, first one included. */
  readonly tokens: readonly string[];
  readonly pos: 'verb' | 'noun' | 'word';
  /** The first word is a past participle (or an irregular past form that may be one). */
  readonly participle: boolean;
  readonly objectWords: ReadonlySet<string>;
  /** A verb form the pattern also lists as a noun ("pressure", "attack"). */
  readonly alsoNoun: boolean;
}

export type TriggerIndex = ReadonlyMap<string, readonly TriggerEntry[]>;

export function compileTriggers(patterns: readonly EventPattern[]): TriggerIndex {
  const index = new Map<string, TriggerEntry[]>();
  const add = (pattern: EventPattern, tokens: string[], pos: TriggerEntry['pos'], participle: boolean) => {
    if (tokens.length === 0) return;
    const objectWords = new Set((pattern.object?.words ?? []).map((w) => w.toLowerCase()));
    const list = index.get(tokens[0]!) ?? [];
    if (list.some((e) => e.pattern.id === pattern.id && e.tokens.join(' ') === tokens.join(' '))) return;
    const nounForms = new Set(pattern.nouns.flatMap((n) => inflectNoun(phraseTokens(n).join(' '))));
    list.push({ pattern, tokens, pos, participle, objectWords, alsoNoun: pos === 'verb' && nounForms.has(tokens.join(' ')) });
    index.set(tokens[0]!, list);
  };
  for (const pattern of patterns) {
    for (const verb of pattern.verbs) {
      const [head, ...rest] = phraseTokens(verb);
      if (!head) continue;
      for (const { form, participle } of inflectVerb(head)) add(pattern, [form, ...rest], 'verb', participle);
    }
    for (const noun of pattern.nouns) {
      const toks = phraseTokens(noun);
      const last = toks.pop();
      if (!last) continue;
      for (const form of inflectNoun(last)) add(pattern, [...toks, form], 'noun', false);
    }
    for (const word of pattern.words) {
      const toks = phraseTokens(word);
      add(pattern, toks, 'word', /(?:ed|en)$/.test(toks[0] ?? ''));
    }
  }
  return index;
}

/** A set of phrases as token sequences, for cue lookups. */
export interface PhraseSet {
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export function compilePhrases(phrases: readonly string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const toks = phraseTokens(p);
    if (!toks.length) continue;
    const list = byFirst.get(toks[0]!) ?? [];
    list.push(toks);
    byFirst.set(toks[0]!, list);
  }
  return { byFirst };
}

/** Length in tokens of the phrase from `set` starting at token `i`, or 0. */
export function matchPhraseAt(set: PhraseSet, norms: readonly string[], i: number): number {
  const candidates = set.byFirst.get(norms[i] ?? '');
  if (!candidates) return 0;
  let best = 0;
  for (const c of candidates) {
    if (c.length <= best) continue;
    let ok = true;
    for (let k = 1; k < c.length; k++) if (norms[i + k] !== c[k]) { ok = false; break; }
    if (ok) best = c.length;
  }
  return best;
}
