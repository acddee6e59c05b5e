import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCtx, makeDoc } from '../core/index.js';
import type { Mention } from '../core/index.js';
import { makeTextSegmenter } from '../ingest/index.js';
import { runPipeline } from '../pipeline.js';
import { makeMentionFinder, makeMentionResolver } from './index.js';

const stages = [makeTextSegmenter(), makeMentionFinder(), makeMentionResolver()];

function resolve(text: string, published: string | null): readonly Mention[] {
  return runPipeline(stages, makeDoc({ id: 't', text, meta: { published } }), makeCtx(published)).mentions;
}

function at(mentions: readonly Mention[], text: string): Mention | undefined {
  return mentions.find((m) => m.text === text);
}

const mexicanStory = 'Mexico recalled its envoy from Lima on Monday. Officials in Mexico City said the decision was final. The president said the country would not back down.';

test('"the president" in a Mexican story is the president on the publication date', () => {
  assert.equal(at(resolve(mexicanStory, '2023-05-10'), 'president')?.name, 'Andrés Manuel López Obrador');
  assert.equal(at(resolve(mexicanStory, '2025-05-10'), 'president')?.name, 'Claudia Sheinbaum');
});

test('"the country" is the focal state', () => {
  const m = at(resolve(mexicanStory, '2025-05-10'), 'the country');
  assert.equal(m?.code, 'MEX');
  assert.equal(m?.via, 'coreference');
});

test('"the president" after a named president is that person', () => {
  const found = resolve('Brazilian President Lula da Silva met Mexico’s foreign minister. Later the president left Brasília.', '2024-03-01');
  assert.equal(at(found, 'president')?.name, 'Luiz Inácio Lula da Silva');
});

test('"the ministry" is the ministry named before it', () => {
  const found = resolve('The Palestinian Ministry of Foreign Affairs welcomed the step. The ministry thanked Chile.', '2024-01-01');
  const ministry = at(found, 'ministry');
  assert.equal(ministry?.code, 'PSE');
  assert.equal(ministry?.sector, 'GOV');
});

test('an acronym the text defines codes its later uses', () => {
  const text = 'Agents of the National Intelligence Bureau (NIB in Spanish) raided the offices in Guatemala City. Later the NIB released two suspects in Guatemala.';
  const found = resolve(text, '2024-01-01');
  const uses = found.filter((m) => m.text === 'NIB');
  assert.equal(uses.length, 2);
  assert.ok(uses.every((m) => m.code === 'GTM' && m.via === 'acronym'));
  assert.equal(found[0]?.text, 'National Intelligence Bureau');
  assert.equal(found[0]?.code, 'GTM');
});

test('a surname alone after the full name is the same person', () => {
  const found = resolve('Police detained Rodrigo Valdez Ortiz in Bogotá. Valdez Ortiz denied the charges, and Ortiz later left Colombia.', '2024-01-01');
  const later = found.filter((m) => m.rule === 'surname');
  assert.deepEqual(later.map((m) => m.text), ['Valdez Ortiz', 'Ortiz']);
  assert.ok(later.every((m) => m.code === 'PER:Rodrigo Valdez Ortiz'));
});

test('a titled person with no state in the text belongs to the focal state', () => {
  const found = resolve('Peru expelled two diplomats. Interior Minister Jorge Quispe Mamani announced the decision in Lima.', '2024-01-01');
  const m = found.find((x) => x.name === 'Jorge Quispe Mamani');
  assert.equal(m?.code, 'PER');
  assert.equal(m?.sector, 'GOV');
});

test('a text without actors yields no mentions, not an error', () => {
  assert.deepEqual(resolve('It rained all day and the river rose.', null), []);
  assert.deepEqual(resolve('', null), []);
});

test('pathological input (one huge sentence of parentheses, names or spaces) still completes', () => {
  for (const text of ['(ABC in Spanish) '.repeat(12000), 'Juan Pedro Luis '.repeat(12000), ' '.repeat(200000), 'a'.repeat(200000)]) {
    const found = resolve(text, '2024-01-01');
    assert.ok(Array.isArray(found));
  }
});
