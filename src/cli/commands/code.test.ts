import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../main.js';
import type { CliIo } from '../io.js';

function fakeIo(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), stdin: Readable.from([]), isTty: false }, out, err };
}

test('code --jsonl prints one line per input, an error line for a bad one, and fails at the end', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-code-'));
  const file = join(dir, 'in.jsonl');
  writeFileSync(file, [
    JSON.stringify({ id: 'a', text: 'Slovenia recognized Palestine on Tuesday.', published: '2024-06-05' }),
    '{not json',
    JSON.stringify({ id: 'c', text: 'Nothing happened here.' }),
  ].join('\n'));
  const { io, out, err } = fakeIo();
  const code = await runCli(['node', 'chancery', 'code', '--jsonl', file], io);
  const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l) as { id: string; events?: unknown[]; error?: string });
  assert.deepEqual(lines.map((l) => l.id), ['a', 'line-2', 'c']);
  assert.ok(Array.isArray(lines[0]!.events));
  assert.equal(typeof lines[1]!.error, 'string');
  assert.deepEqual(lines[2]!.events, []);
  assert.equal(code, 1);
  assert.match(err.join(''), /line 2/);
});
