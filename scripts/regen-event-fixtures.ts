// Rewrites test/fixtures/events/*/expected.json from the current events stage. Review the diff.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR, fixtureCases, runEventFixture } from '../src/events/run-event-fixture.js';

const only = process.argv.slice(2);
for (const name of fixtureCases()) {
  if (only.length && !only.includes(name)) continue;
  const events = runEventFixture(name);
  writeFileSync(join(FIXTURE_DIR.pathname, name, 'expected.json'), JSON.stringify(events, null, 2) + '\n');
  console.log(`${name}: ${events.length} events`);
}
