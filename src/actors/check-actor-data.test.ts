import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEntries } from './check-actor-data.js';
import { entrySchema } from './schema.js';

const entry = (raw: unknown) => entrySchema.parse(raw);

test('two people in one office on overlapping dates are reported', () => {
  const problems = checkEntries(
    [
      entry({ id: 'per:a', type: 'person', name: 'A', roles: ['ARG president 2015-12-10 2019-12-10'] }),
      entry({ id: 'per:b', type: 'person', name: 'B', roles: ['ARG president 2019-01-01'] }),
      entry({ id: 'per:c', type: 'person', name: 'C', roles: ['ARG fm 2019-01-01'] }),
    ],
    () => 'leaders.yaml',
  );
  assert.equal(problems.length, 1);
  assert.match(problems[0] ?? '', /ARG president: per:a .* overlaps per:b/);
});

test('a hand-over on the same day, unknown holders and reversed dates', () => {
  const ok = checkEntries([
    entry({ id: 'per:a', type: 'person', name: 'A', roles: ['CHL president 2018-03-11 2022-03-11'] }),
    entry({ id: 'per:b', type: 'person', name: 'B', roles: ['CHL president 2022-03-11'] }),
  ], () => 'f');
  assert.deepEqual(ok, []);
  const bad = checkEntries([
    entry({ id: 'per:x', type: 'person', name: 'X', roles: ['ORG:NOBODY chair 2020-01-01', 'PER pm 2020-05-01 2019-01-01'] }),
    entry({ id: 'org:y', type: 'org', name: 'Y', state: 'XYZ' }),
  ], () => 'f');
  assert.equal(bad.length, 3);
});
