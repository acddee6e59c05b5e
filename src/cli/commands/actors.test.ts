import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliInMemory } from '../run-cli-in-memory.js';

const dir = mkdtempSync(join(tmpdir(), 'chancery-actors-'));
const article = join(dir, 'story.txt');
writeFileSync(article, 'Mexican President Claudia Sheinbaum met the Israeli ambassador. Acme Arms denied it.\n');

test('chancery actors prints each mention with code, sector, name and role', async () => {
  const f = await runCliInMemory(['actors', article, '--published', '2025-02-01']);
  assert.equal(f.code, 0);
  assert.match(f.stdout, /MEX\s+GOV\s+"Mexican President Claudia Sheinbaum"\s+Claudia Sheinbaum\s+\[President of Mexico, 2024-10-01–\]/);
  assert.match(f.stdout, /ISR\s+DIP\s+"Israeli ambassador"/);
});

test('chancery actors --json with a user dictionary', async () => {
  const user = join(dir, 'mine.yaml');
  writeFileSync(user, 'entries:\n  - {id: org:acme-arms, type: org, name: Acme Arms, state: ISR, sector: BUS}\n');
  const f = await runCliInMemory(['actors', article, '--json', '--actors', user]);
  assert.equal(f.code, 0);
  const parsed = JSON.parse(f.stdout) as { mentions: { text: string; code: string; state: string | null }[] };
  const acme = parsed.mentions.find((m) => m.text === 'Acme Arms');
  assert.equal(acme?.code, 'ORG:ACME_ARMS');
  assert.equal(acme?.state, 'ISR');
});

test('a bad user dictionary is one line naming the file, and a failing exit status', async () => {
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'entries:\n  - {id: per:x, type: person, name: X, roles: ["MEX president yesterday"]}\n');
  const f = await runCliInMemory(['actors', article, '--actors', bad]);
  assert.equal(f.code, 1);
  assert.match(f.stderr, /^chancery actors: .*bad\.yaml: entries\.0\.roles\.0: bad role/);
  assert.equal(f.stderr.trim().split('\n').length, 1);
});
