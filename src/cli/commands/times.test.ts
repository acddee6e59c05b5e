import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliInMemory as chancery } from '../run-cli-in-memory.js';


test('times --jsonl prints one line per input with offsets into the text', async () => {
  const lines = [
    { id: 'a', text: 'Ghana reopened the border on Tuesday, a year after closing it.', published: '2023-09-07' },
    { id: 'b', text: 'No dates here.', published: null },
  ];
  const { code, stdout } = await chancery(['times', '--jsonl', '-'], lines.map((l) => JSON.stringify(l)).join('\n'));
  assert.equal(code, 0);
  const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; timexes: { start: number; end: number; text: string; value: string; type: string }[] });
  assert.deepEqual(out.map((o) => o.id), ['a', 'b']);
  const tuesday = out[0]?.timexes.find((t) => t.text === 'Tuesday');
  assert.equal(tuesday?.value, '2023-09-05');
  assert.equal(lines[0]?.text.slice(tuesday?.start, tuesday?.end), 'Tuesday');
  assert.deepEqual(out[1]?.timexes, []);
});

test('times --jsonl names the bad line and goes on', async () => {
  const { code, stdout, stderr } = await chancery(['times', '--jsonl', '-'], '{"id":"x"}\n{"id":"y","text":"in 1990","published":null}\n');
  assert.notEqual(code, 0);
  assert.match(stderr, /-:1: text/);
  assert.equal(JSON.parse(stdout.trim()).id, 'y');
});

test('times FILE prints the expressions readably', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'times-'));
  try {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'The embassy will open next month.');
    const { code, stdout } = await chancery(['times', file, '--published', '2024-01-15']);
    assert.equal(code, 0);
    assert.match(stdout, /next month/);
    assert.match(stdout, /2024-02/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
