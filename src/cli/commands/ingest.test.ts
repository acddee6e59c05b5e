import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCliInMemory as chancery } from '../run-cli-in-memory.js';
import { openStore } from '../../store/index.js';
import { countDocuments } from '../../store/documents/index.js';


function page(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright Example News</footer></body></html>`;
}

const ECUADOR = [
  'Ecuador and Mexico restored diplomatic relations on Monday, more than a year after police forced their way into the Mexican embassy in Quito to arrest a former vice president who had sought asylum there.',
  'The two foreign ministries said in a joint statement that embassies in both capitals would reopen within weeks and that chargés d’affaires would be named first, with ambassadors to follow later in the year.',
  'Mexico had severed relations immediately after the raid and taken the case to the International Court of Justice, which heard arguments from both governments during the following months.',
];
const KOSOVO = [
  'Kenya recognised Kosovo as an independent state in a note delivered to the government in Pristina, officials in Nairobi confirmed on Wednesday after weeks of speculation in the regional press.',
  'The decision makes Kenya one of the few countries in East Africa to take the step, and diplomats said an honorary consulate could open in Nairobi before the end of the year.',
  'Serbia, which does not accept the independence of its former province, summoned the Kenyan envoy in Belgrade to protest against what it called an unfriendly act.',
];

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-ingest-'));
  try {
    await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('ingests a folder of mixed inputs, reports each bad file on one line, and exits non-zero', () =>
  withDir(async (dir) => {
    const input = join(dir, 'in');
    mkdirSync(join(input, 'more'), { recursive: true });
    writeFileSync(join(input, 'ecuador.html'), page('Ecuador and Mexico restore ties', ECUADOR));
    writeFileSync(join(input, 'more', 'kosovo.txt.gz'), gzipSync(KOSOVO.join('\n\n')));
    writeFileSync(join(input, 'batch.jsonl'), [
      JSON.stringify({ id: 'k1', url: 'https://wire.example/k1', text: KOSOVO.slice(1).join('\n\n') + ' Extra closing line about the envoy.', published: '2024-03-20' }),
      '{"id": "broken",',
    ].join('\n'));
    writeFileSync(join(input, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(join(input, 'empty.txt'), '');
    const db = join(dir, 'store.db');

    const first = await chancery(['--db', db, 'ingest', input, '--json']);
    assert.equal(first.code, 1);
    const summary = JSON.parse(first.stdout) as Record<string, number>;
    assert.equal(summary.read, 6);
    assert.equal(summary.failed, 3);
    assert.equal(summary.stored, 3);
    assert.equal(summary.unchanged, 0);
    const errors = first.stderr.trim().split('\n');
    assert.equal(errors.length, 3, first.stderr);
    assert.match(errors[0]!, /batch\.jsonl line 2: malformed JSON/);
    assert.match(errors[1]!, /empty\.txt: empty file/);
    assert.match(errors[2]!, /image\.html: binary file/);

    const again = await chancery(['--db', db, 'ingest', input, '--json']);
    const second = JSON.parse(again.stdout) as Record<string, number>;
    assert.equal(second.stored, 0);
    assert.equal(second.unchanged, 3);
    const store = await openStore(db);
    try {
      assert.equal((await countDocuments(store.db)).documents, 3);
      const row = await store.db.selectFrom('documents').selectAll().where('url', '=', 'https://wire.example/k1').executeTakeFirstOrThrow();
      assert.equal(row.published, '2024-03-20');
      assert.equal(row.source_path, `${join(input, 'batch.jsonl')}#line=1`);
      assert.equal(JSON.parse(row.provenance).published, 'input');
    } finally {
      await store.close();
    }
  }));

test('a republished copy is linked to its first copy and counted as a duplicate', () =>
  withDir(async (dir) => {
    const db = join(dir, 'store.db');
    const original = join(dir, 'original.html');
    const copy = join(dir, 'copy.html');
    writeFileSync(original, page('Ecuador and Mexico restore ties', ECUADOR));
    const edited = ECUADOR.map((p) => p.replace('on Monday', 'late on Monday').replace('within weeks', 'within a few weeks'));
    writeFileSync(copy, page('Mexico, Ecuador mend relations | Other Site', [...edited, 'Sign up for our daily briefing to get the news first.']));
    await chancery(['--db', db, 'ingest', original]);
    const run = await chancery(['--db', db, 'ingest', copy]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /stored 1 \(1 near-duplicate linked to a first copy\)/);
    const store = await openStore(db);
    try {
      const rows = await store.db.selectFrom('documents').select(['id', 'duplicate_of', 'source_path']).orderBy('ingested_at').execute();
      assert.equal(rows.length, 2);
      assert.equal(rows[0]!.duplicate_of, null);
      assert.equal(rows[1]!.duplicate_of, rows[0]!.id);
    } finally {
      await store.close();
    }
  }));

test('--max-size refuses larger documents; stdin is read with -', () =>
  withDir(async (dir) => {
    const db = join(dir, 'store.db');
    const big = join(dir, 'big.html');
    writeFileSync(big, page('Long', [...ECUADOR, ...KOSOVO]));
    const refused = await chancery(['--db', db, 'ingest', big, '--max-size', '1k']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /big\.html: over-size/);
    const piped = await chancery(['--db', db, 'ingest', '-', '--json'], KOSOVO.join('\n\n'));
    assert.equal(piped.code, 0, piped.stderr);
    assert.equal((JSON.parse(piped.stdout) as { stored: number }).stored, 1);
    const bad = await chancery(['--db', db, 'ingest', big, '--max-size', 'lots']);
    assert.notEqual(bad.code, 0);
  }));

test('an RSS feed gives one document per item, dated and linked from the item', () =>
  withDir(async (dir) => {
    const db = join(dir, 'store.db');
    const feed = join(dir, 'desk.rss');
    writeFileSync(feed, `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>World desk</title>
<item><title>Ecuador and Mexico</title><link>https://desk.example/a</link><pubDate>Tue, 08 Apr 2025 09:00:00 GMT</pubDate>
<description><![CDATA[${ECUADOR.map((p) => `<p>${p}</p>`).join('')}<p>The post Ecuador and Mexico appeared first on Desk.</p>]]></description></item>
<item><title>Kenya and Kosovo</title><link>https://desk.example/b</link><pubDate>Wed, 20 Mar 2024 12:00:00 GMT</pubDate>
<description>${KOSOVO.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join('')}</description></item>
</channel></rss>`);
    const run = await chancery(['--db', db, 'ingest', feed, '--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as { stored: number }).stored, 2);
    const store = await openStore(db);
    try {
      const rows = await store.db.selectFrom('documents').select(['url', 'published', 'title', 'text', 'source_path']).orderBy('url').execute();
      assert.deepEqual(rows.map((r) => [r.url, r.published, r.title]), [
        ['https://desk.example/a', '2025-04-08', 'Ecuador and Mexico'],
        ['https://desk.example/b', '2024-03-20', 'Kenya and Kosovo'],
      ]);
      assert.equal(rows[0]!.text, ECUADOR.join('\n\n'));
      assert.equal(rows[1]!.source_path, `${feed}#item=2`);
    } finally {
      await store.close();
    }
  }));
