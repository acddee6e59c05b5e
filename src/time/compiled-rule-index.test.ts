// The rule index compiled at build time must be the one the patterns give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCompiledIndex } from './compiled-rule-index.js';
import { buildRuleIndex, ruleIndexFingerprint } from './rule-index.js';
import { timeLanguages } from './time-lexicon.js';
import { timeRules } from './time-rules.js';

for (const language of timeLanguages)
  test(`the compiled rule index of '${language}' reads back as the patterns build it`, (t) => {
    const rules = timeRules(language);
    const compiled = readCompiledIndex(ruleIndexFingerprint(rules));
    // The build writes the file (it is not kept in git); without it the finder builds its index.
    if (!compiled) return t.skip('data/time/compiled-rule-index.json lacks these rules: `npm run build` writes it');
    assert.deepEqual(compiled, buildRuleIndex(rules));
  });

test('an unknown fingerprint finds no compiled index', () => {
  assert.equal(readCompiledIndex('not a fingerprint'), null);
});
