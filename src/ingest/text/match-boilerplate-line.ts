import { loadBoilerplateRules } from './load-boilerplate-rules.js';

// Under case-insensitive Unicode matching the long s folds to "s", which lower-casing does not do.
const FOLDS_APART = /\u017f/;

/** The id of the first boilerplate rule a trimmed line matches, or null. */
export function matchBoilerplateLine(line: string): string | null {
  let lower: string | null = null;
  let filter = true;
  for (const rule of loadBoilerplateRules()) {
    if (line.length > rule.maxLength) continue;
    if (!rule.caseSensitive && lower === null) {
      lower = line.toLowerCase();
      filter = !FOLDS_APART.test(line);
    }
    const haystack = rule.caseSensitive ? line : lower!;
    const useFilters = rule.caseSensitive || filter;
    // Most lines hold none of a rule's required strings: then only its unfiltered patterns run.
    const gated = useFilters && rule.gate !== null && !rule.gate.test(haystack);
    for (let i = 0; i < rule.patterns.length; i++) {
      const filterRe = useFilters ? rule.filters[i] : null;
      if (filterRe && (gated || !filterRe.test(haystack))) continue;
      if (rule.patterns[i]!.test(line)) return rule.id;
    }
  }
  return null;
}
