import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliInMemory as chancery } from '../run-cli-in-memory.js';


const PARAGRAPHS = [
  'Ghana and Burkina Faso agreed on Tuesday to reopen their shared border crossings, which had been closed for more than a year while the two governments disputed security arrangements along the frontier.',
  'The interior ministers signed the accord in Accra and said customs posts at Paga and Hamile would reopen to trucks first and to travellers on foot a week later.',
];
const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Border reopens</title>
<meta property="article:published_time" content="2023-09-05T10:00:00Z"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Border reopens</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const CONTRACT_KEYS = ['id', 'title', 'published', 'author', 'language', 'url', 'text'];

test('clean FILE --json prints one contract object with the body paragraphs separated by a blank line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-clean-'));
  try {
    const file = join(dir, 'page.html');
    writeFileSync(file, HTML);
    const run = await chancery(['clean', file, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const out = JSON.parse(lines[0]!) as Record<string, unknown>;
    for (const key of CONTRACT_KEYS) assert.ok(key in out, `missing ${key}`);
    assert.equal(out.text, PARAGRAPHS.join('\n\n'));
    assert.equal(typeof out.id, 'string');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('clean --jsonl prints one line per input in order; a bad line gives {id, error} and the run goes on', async () => {
  const input = [
    JSON.stringify({ id: 'p1', html: HTML, url: 'https://news.example/2023/09/05/border' }),
    JSON.stringify({ id: 'p2' }),
    '{"id": "p3", "text": ',
    JSON.stringify({ id: 'p4', text: PARAGRAPHS.join('\n') }),
  ].join('\n');
  const run = await chancery(['clean', '--jsonl', '-'], input);
  assert.equal(run.code, 1);
  const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(lines.map((l) => l.id), ['p1', 'p2', null, 'p4']);
  assert.equal(lines[0]!.text, PARAGRAPHS.join('\n\n'));
  for (const key of CONTRACT_KEYS) assert.ok(key in lines[0]!, `missing ${key}`);
  assert.match(String(lines[1]!.error), /line 2: no "html" or "text"/);
  assert.match(String(lines[2]!.error), /line 3: malformed JSON/);
  assert.equal(lines[3]!.text, PARAGRAPHS.join('\n\n'));
  assert.equal(run.stderr.trim().split('\n').length, 2);
});

test('clean without a file or --jsonl is a usage error', async () => {
  const run = await chancery(['clean']);
  assert.notEqual(run.code, 0);
});
