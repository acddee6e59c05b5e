// Every time rule of a language, in priority order (on equal spans the earlier rule wins).
import { calendarRules } from './rules-calendar.js';
import { durationRules } from './rules-durations.js';
import { relativeRules } from './rules-relative.js';
import { spanishRules } from './rules-es.js';
import type { TimexRule } from './rule-kit.js';
import { timeLexicon } from './time-lexicon.js';

const cache = new Map<string, readonly TimexRule[]>();

export function timeRules(language = 'en'): readonly TimexRule[] {
  let rules = cache.get(language);
  if (!rules) {
    const lex = timeLexicon(language);
    rules =
      lex.language === 'es'
        ? [...spanishRules(lex), ...calendarRules(lex), ...durationRules(lex)]
        : [...calendarRules(lex), ...relativeRules(lex), ...durationRules(lex)];
    cache.set(language, rules);
  }
  return rules;
}

const byId = new Map<string, ReadonlyMap<string, TimexRule>>();

export function ruleById(id: string, language = 'en'): TimexRule | undefined {
  let rules = byId.get(language);
  if (!rules) {
    const map = new Map<string, TimexRule>();
    // The first rule of an id wins, as a search of the list would find it.
    for (const r of timeRules(language)) if (!map.has(r.id)) map.set(r.id, r);
    rules = map;
    byId.set(language, rules);
  }
  return rules.get(id);
}
