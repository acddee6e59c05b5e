// The build's time data step: the lexicon checks, then (when they pass) the rule indexes of every
// language compiled into data/time (see compiled-rule-index.ts).
import { writeCompiledIndexes } from './compiled-rule-index.js';
import { buildRuleIndex, ruleIndexFingerprint } from './rule-index.js';
import { checkTimeData, timeLanguages } from './time-lexicon.js';
import { timeRules } from './time-rules.js';

/** Problems in data/time; when there are none, the compiled rule indexes are written. */
export function checkAndCompileTimeData(): string[] {
  const problems = checkTimeData();
  if (problems.length > 0) return problems;
  writeCompiledIndexes(
    timeLanguages.map((language) => {
      const rules = timeRules(language);
      return { fingerprint: ruleIndexFingerprint(rules), ...buildRuleIndex(rules) };
    }),
  );
  return [];
}
