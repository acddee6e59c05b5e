import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkRelationRules, relationRulesUrl } from './relation-rules.js';

test('the shipped relation rules pass their check', () => {
  assert.deepEqual(checkRelationRules(readFileSync(relationRulesUrl, 'utf8')), []);
});

test('the check names a duplicate id and a mission rule without fallback', () => {
  const text = `
rules:
  - {id: a, type: recognize, polarity: asserted, modality: [actual], facet: recognition, holder: source, value: true, effect: change}
  - {id: a, type: open_embassy, polarity: asserted, modality: [actual], facet: mission, holder: mission, value: embassy, effect: change}
levels: {embassy: embassy}
presence: []
presenceExcept: []
agreeing: {}
`;
  const problems = checkRelationRules(text);
  assert.ok(problems.some((p) => p.includes('duplicate rule id a')));
  assert.ok(problems.some((p) => p.includes('needs a fallback')));
});
