import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliInMemory as chancery } from '../run-cli-in-memory.js';


test('search prints matching stored articles with snippets, and --json lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-search-'));
  try {
    const db = join(dir, 'store.db');
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', title: 'Embassy move', url: 'https://a.example/1', text: 'Paraguay said it would move its embassy in Israel back to Tel Aviv, reversing a decision taken by the previous government in Asunción only months earlier.' }),
      JSON.stringify({ id: 'b', title: 'Trade talks', text: 'Chile and New Zealand opened talks on a digital trade agreement in Wellington, with officials from Singapore also attending the first round.' }),
    ].join('\n'));
    const ingest = await chancery(['--db', db, 'ingest', file]);
    assert.equal(ingest.code, 0, ingest.stderr);

    const human = await chancery(['--db', db, 'search', 'embassy', 'Asuncion']);
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stdout, /^1\. Embassy move/);
    assert.match(human.stdout, /\[embassy\]/);
    assert.doesNotMatch(human.stdout, /Trade talks/);

    const json = await chancery(['--db', db, 'search', 'talks', '--json']);
    const hits = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { title: string; snippet: string; url: string | null });
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.title, 'Trade talks');
    assert.match(hits[0]!.snippet, /\[talks\]/);

    const none = await chancery(['--db', db, 'search', 'Mongolia']);
    assert.match(none.stdout, /no matching documents/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('search without a store says so instead of creating one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-search-'));
  try {
    const run = await chancery(['--db', join(dir, 'absent.db'), 'search', 'embassy']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /no store at/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
