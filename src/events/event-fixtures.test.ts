import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR, fixtureCases, runEventFixture } from './run-event-fixture.js';

for (const name of fixtureCases()) {
  test(`golden fixture ${name}`, () => {
    const expectedPath = join(FIXTURE_DIR.pathname, name, 'expected.json');
    assert.ok(existsSync(expectedPath), `${name}: expected.json is missing; run scripts/regen-event-fixtures.ts`);
    assert.deepEqual(runEventFixture(name), JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
}
