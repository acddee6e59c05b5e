import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliInMemory } from '../run-cli-in-memory.js';

test('code --jsonl prints one line per input, an error line for a bad one, and fails at the end', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-code-'));
  const file = join(dir, 'in.jsonl');
  writeFileSync(file, [
    JSON.stringify({ id: 'a', text: 'Slovenia recognized Palestine on Tuesday.', published: '2024-06-05' }),
    '{not json',
    JSON.stringify({ id: 'c', text: 'Nothing happened here.' }),
  ].join('\n'));
  const { code, stdout, stderr } = await runCliInMemory(['code', '--jsonl', file]);
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; events?: unknown[]; error?: string });
  assert.deepEqual(lines.map((l) => l.id), ['a', 'line-2', 'c']);
  assert.ok(Array.isArray(lines[0]!.events));
  assert.equal(typeof lines[1]!.error, 'string');
  assert.deepEqual(lines[2]!.events, []);
  assert.equal(code, 1);
  assert.match(stderr, /line 2/);
});

test('code --jsonl answers in input order across its batches of lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-code-'));
  const file = join(dir, 'in.jsonl');
  const lines = Array.from({ length: 20 }, (_, i) =>
    i === 16 ? '{"id": 17' : JSON.stringify({ id: `n${i + 1}`, text: i % 2 ? 'Ghana expelled two Nigerian diplomats.' : 'It rained in Accra.' }),
  );
  writeFileSync(file, lines.join('\n'));
  const { code, stdout, stderr } = await runCliInMemory(['code', '--jsonl', file]);
  const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; events?: unknown[]; error?: string });
  assert.deepEqual(out.map((l) => l.id), lines.map((_, i) => (i === 16 ? 'line-17' : `n${i + 1}`)));
  assert.deepEqual(out.map((l) => (l.error ? 'error' : l.events?.length ? 'event' : 'none')), lines.map((_, i) => (i === 16 ? 'error' : i % 2 ? 'event' : 'none')));
  assert.equal(code, 1);
  assert.match(stderr, /line 17/);
});
