import { loadBoilerplateRules } from './load-boilerplate-rules.js';

/** The id of the first boilerplate rule a trimmed line matches, or null. */
export function matchBoilerplateLine(line: string): string | null {
  for (const rule of loadBoilerplateRules()) {
    if (line.length > rule.maxLength) continue;
    if (rule.patterns.some((p) => p.test(line))) return rule.id;
  }
  return null;
}
