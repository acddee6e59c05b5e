import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../main.js';
import type { CliIo } from '../io.js';

function fakeIo(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin: Readable.from([]), isTty: false },
    out: () => out,
    err: () => err,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'chancery-actors-'));
const article = join(dir, 'story.txt');
writeFileSync(article, 'Mexican President Claudia Sheinbaum met the Israeli ambassador. Acme Arms denied it.\n');

test('chancery actors prints each mention with code, sector, name and role', async () => {
  const f = fakeIo();
  assert.equal(await runCli(['node', 'chancery', 'actors', article, '--published', '2025-02-01'], f.io), 0);
  assert.match(f.out(), /MEX\s+GOV\s+"Mexican President Claudia Sheinbaum"\s+Claudia Sheinbaum\s+\[President of Mexico, 2024-10-01–\]/);
  assert.match(f.out(), /ISR\s+DIP\s+"Israeli ambassador"/);
});

test('chancery actors --json with a user dictionary', async () => {
  const user = join(dir, 'mine.yaml');
  writeFileSync(user, 'entries:\n  - {id: org:acme-arms, type: org, name: Acme Arms, state: ISR, sector: BUS}\n');
  const f = fakeIo();
  assert.equal(await runCli(['node', 'chancery', 'actors', article, '--json', '--actors', user], f.io), 0);
  const parsed = JSON.parse(f.out()) as { mentions: { text: string; code: string; state: string | null }[] };
  const acme = parsed.mentions.find((m) => m.text === 'Acme Arms');
  assert.equal(acme?.code, 'ORG:ACME_ARMS');
  assert.equal(acme?.state, 'ISR');
});

test('a bad user dictionary is one line naming the file, and a failing exit status', async () => {
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'entries:\n  - {id: per:x, type: person, name: X, roles: ["MEX president yesterday"]}\n');
  const f = fakeIo();
  assert.equal(await runCli(['node', 'chancery', 'actors', article, '--actors', bad], f.io), 1);
  assert.match(f.err(), /^chancery actors: .*bad\.yaml: entries\.0\.roles\.0: bad role/);
  assert.equal(f.err().trim().split('\n').length, 1);
});
