import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readInputs } from './read-inputs.js';
import type { RawDocument, ReadFailure, ReadItem } from './raw-document.js';

const MB = 1024 * 1024;

async function readAll(paths: string[], maxBytes = 20 * MB, stdin?: NodeJS.ReadableStream): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(paths, { maxBytes }, stdin)) items.push(item);
  return items;
}

const docs = (items: ReadItem[]): RawDocument[] => items.filter((i): i is RawDocument => i.kind === 'document');
const failures = (items: ReadItem[]): ReadFailure[] => items.filter((i): i is ReadFailure => i.kind === 'failure');

function withDir(fn: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chancery-read-'));
    try {
      await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Kenya and Somalia</title><link>https://desk.example/1</link><pubDate>Mon, 06 May 2019 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Kenya recalled its ambassador from Mogadishu.&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://desk.example/2</link><description>&lt;p&gt;Talks resumed.&lt;/p&gt;</description></item>
</channel></rss>`;

test('walks a directory recursively, in name order, reading every known format', withDir(async (dir) => {
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'a.html'), '<html><body><p>Uruguay opened an embassy in Hanoi.</p></body></html>');
  writeFileSync(join(dir, 'b.txt'), 'Plain text about Fiji and Tonga.\n');
  writeFileSync(join(dir, 'c.jsonl'), [
    JSON.stringify({ id: 'j1', url: 'https://x.example/1', text: 'Ghana and Togo met.', published: '2020-02-03' }),
    '',
    JSON.stringify({ id: 'j2', html: '<p>Laos and Vietnam signed.</p>', title: 'Signed' }),
  ].join('\n'));
  writeFileSync(join(dir, 'nested', 'd.md.gz'), gzipSync('# Heading\n\nMarkdown about Chad.\n'));
  writeFileSync(join(dir, 'nested', 'feed.xml'), rss);
  writeFileSync(join(dir, 'notes.pdf'), 'not read: unknown extension');
  writeFileSync(join(dir, '.hidden.txt'), 'not read: hidden');
  const items = await readAll([dir]);
  assert.deepEqual(failures(items), []);
  const read = docs(items);
  assert.deepEqual(read.map((d) => [d.format, d.location]), [
    ['html', null],
    ['text', null],
    ['text', 'line 1'],
    ['html', 'line 3'],
    ['text', null],
    ['html-fragment', 'item 1 (line 2)'],
    ['html-fragment', 'item 2 (line 4)'],
  ]);
  assert.equal(read[2]!.id, 'j1');
  assert.equal(read[2]!.published, '2020-02-03');
  assert.equal(read[2]!.url, 'https://x.example/1');
  assert.equal(read[3]!.title, 'Signed');
  assert.match(read[4]!.content, /Markdown about Chad/);
  assert.equal(read[5]!.url, 'https://desk.example/1');
  assert.equal(read[5]!.published, 'Mon, 06 May 2019 10:00:00 GMT');
  assert.equal(read[5]!.title, 'Kenya and Somalia');
  assert.equal(read[5]!.content, '<p>Kenya recalled its ambassador from Mogadishu.</p>');
}));

test('each bad input is one failure naming the reason, and the batch goes on', withDir(async (dir) => {
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Nepal and India reopened the border crossing.');
  const binary = join(dir, 'binary.html');
  writeFileSync(binary, Buffer.from([0x3c, 0x68, 0x00, 0x01, 0x02, 0x00, 0xff, 0x00]));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const blank = join(dir, 'blank.txt');
  writeFileSync(blank, '  \n\n ');
  const truncated = join(dir, 'cut.html.gz');
  const whole = gzipSync('<html><body><p>' + 'Sentence about Peru. '.repeat(200) + '</p></body></html>');
  writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
  const big = join(dir, 'big.html');
  writeFileSync(big, '<p>' + 'x'.repeat(3000) + '</p>');
  const bigGz = join(dir, 'big2.txt.gz');
  writeFileSync(bigGz, gzipSync('y'.repeat(5000)));
  const jsonl = join(dir, 'lines.jsonl');
  writeFileSync(jsonl, ['{"id":"ok","text":"Fine line."}', '{"id": "broken", "text": ', '{"id":"nobody"}', '[1,2]'].join('\n'));
  const badXml = join(dir, 'bad.rss');
  writeFileSync(badXml, '<rss><channel><item><title>Open');
  const missing = join(dir, 'missing.html');

  const items = await readAll([good, binary, empty, blank, truncated, big, bigGz, jsonl, badXml, missing], 2048);
  const reasons = failures(items).map((f) => `${f.source.slice(dir.length + 1)}${f.location ? ` ${f.location}` : ''}: ${f.reason}`);
  assert.deepEqual(docs(items).map((d) => d.content), ['Nepal and India reopened the border crossing.', 'Fine line.']);
  const expected: [string, RegExp][] = [
    ['binary.html', /binary/],
    ['empty.txt', /empty/],
    ['blank.txt', /empty/],
    ['cut.html.gz', /truncated \.gz/],
    ['big.html', /over-size/],
    ['big2.txt.gz', /over-size/],
    ['lines.jsonl line 2', /malformed JSON/],
    ['lines.jsonl line 3', /no "html" or "text"/],
    ['lines.jsonl line 4', /unexpected JSON shape/],
    ['bad.rss line 1', /never closed/],
    ['missing.html', /no such file/],
  ];
  assert.equal(reasons.length, expected.length, reasons.join('\n'));
  expected.forEach(([where, reason], i) => {
    assert.ok(reasons[i]!.startsWith(`${where}:`), `${reasons[i]} should start with ${where}`);
    assert.match(reasons[i]!, reason);
  });
  const nobody = failures(items).find((f) => f.location === 'line 3');
  assert.equal(nobody?.id, 'nobody');
}));

test('an over-long JSONL line fails alone; the lines around it are read', withDir(async (dir) => {
  const path = join(dir, 'mixed.jsonl');
  writeFileSync(path, [
    JSON.stringify({ text: 'First.' }),
    JSON.stringify({ text: 'z'.repeat(5000) }),
    JSON.stringify({ text: 'Third.' }),
  ].join('\r\n') + '\r\n');
  const items = await readAll([path], 1000);
  assert.deepEqual(docs(items).map((d) => d.content), ['First.', 'Third.']);
  assert.deepEqual(failures(items).map((f) => f.location), ['line 2']);
}));

test('reads stdin, gzipped or not, sniffing its format', async () => {
  const jsonl = Readable.from([Buffer.from('{"id":"s1","text":"From a pipe."}\n{"id":"s2","text":"Second."}\n')]);
  assert.deepEqual(docs(await readAll(['-'], MB, jsonl)).map((d) => d.id), ['s1', 's2']);
  const gz = Readable.from([gzipSync('<!doctype html><p>Gzipped page.</p>')]);
  const [page] = docs(await readAll(['-'], MB, gz));
  assert.equal(page?.format, 'html');
  assert.equal(page?.source, '-');
});

test('a latin-1 text file and a UTF-16 page decode correctly', withDir(async (dir) => {
  writeFileSync(join(dir, 'latin.txt'), Buffer.from('Reunión en Asunción', 'latin1'));
  writeFileSync(join(dir, 'wide.htm'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Zürich</p>', 'utf16le')]));
  const [latin, wide] = docs(await readAll([dir]));
  assert.equal(latin?.content, 'Reunión en Asunción');
  assert.equal(wide?.content, '<p>Zürich</p>');
}));

test('a folder meta.json states dates and titles for the files it names', withDir(async (dir) => {
  mkdirSync(join(dir, 'good'));
  mkdirSync(join(dir, 'bad'));
  writeFileSync(join(dir, 'good', 'one.txt'), 'A scrape with no date in it.');
  writeFileSync(join(dir, 'good', 'two.txt'), 'Another scrape.');
  writeFileSync(join(dir, 'good', 'meta.json'), JSON.stringify({ 'one.txt': { published: '2023-06-15', title: 'One', language: 'en' } }));
  writeFileSync(join(dir, 'bad', 'three.txt'), 'Still read.');
  writeFileSync(join(dir, 'bad', 'meta.json'), '{ not json');
  const items = await readAll([dir]);
  const read = docs(items);
  assert.deepEqual(read.map((d) => [d.content, d.published, d.title]), [
    ['Still read.', null, null],
    ['A scrape with no date in it.', '2023-06-15', 'One'],
    ['Another scrape.', null, null],
  ]);
  const [problem] = failures(items);
  assert.ok(problem?.source.endsWith(join('bad', 'meta.json')));
  assert.match(problem!.reason, /malformed JSON/);
  const single = docs(await readAll([join(dir, 'good', 'one.txt')]));
  assert.equal(single[0]?.published, '2023-06-15');
}));

test('a directory with nothing readable is reported, not silently skipped', withDir(async (dir) => {
  writeFileSync(join(dir, 'photo.jpg'), 'x');
  const items = await readAll([dir]);
  assert.equal(items.length, 1);
  assert.match(failures(items)[0]!.reason, /no readable files/);
}));
