import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUserActors, UserActorsError } from './parse-user-actors.js';
import { roleSchema } from './schema.js';
import { tokenize, hashNorm } from './tokenize.js';

const known = (id: string): boolean => id === 'per:claudia-sheinbaum';

test('a YAML user dictionary adds entries and aliases to shipped ones', () => {
  const yaml = 'entries:\n  - {id: org:andes-trading, type: org, name: Andes Trading, state: PER, sector: BUS}\n  - {id: per:claudia-sheinbaum, aliases: [La Presidenta]}\n';
  const entries = parseUserActors(yaml, 'mine.yaml', known);
  assert.equal(entries.length, 2);
  assert.equal(entries[1]?.aliases?.[0], 'La Presidenta');
});

test('errors name the file, the entry and the problem', () => {
  assert.throws(() => parseUserActors('entries:\n  - {id: per:x, type: person, name: X, roles: ["XYZ president 2020-01-01"]}\n', 'bad.yaml', known), (e: unknown) => e instanceof UserActorsError && /bad\.yaml: entries\.0\.roles\.0: holder XYZ/.test(e.message));
  assert.throws(() => parseUserActors('{"entries": [{"id": "per:nobody"}]}', 'new.json', known), /new\.json: entries\.0: "per:nobody" is not a shipped entry/);
  assert.throws(() => parseUserActors('entries: [', 'broken.yaml', known), /broken\.yaml: not valid YAML/);
  assert.throws(() => parseUserActors('entries:\n  - {id: per:y, type: person, name: Y, roles: ["MEX president 2020-13-01"]}\n', 'date.yaml', known), /date\.yaml: entries\.0\.roles\.0/);
});

test('role lines carry holder, office, dates and an optional title', () => {
  const role = roleSchema.parse('MEX fm 2018-12-01 2023-06-12 | Secretary of Foreign Affairs');
  assert.deepEqual(role, { holder: 'MEX', office: 'fm', start: '2018-12-01', end: '2023-06-12', title: 'Secretary of Foreign Affairs' });
  assert.equal(roleSchema.parse('ISR pm 2022-12-29').end, null);
});

test('tokens keep offsets, fold accents and curly apostrophes, and hash like their normal form', () => {
  const text = 'Zerón’s U.S. visit';
  const tokens = tokenize(text);
  assert.deepEqual(tokens.map((t) => t.norm), ['zeron', "'", 's', 'u', '.', 's', '.', 'visit']);
  assert.equal(text.slice(tokens[0]?.start, tokens[0]?.end), 'Zerón');
  assert.ok(tokens.every((t) => t.hash === hashNorm(t.norm)));
});
