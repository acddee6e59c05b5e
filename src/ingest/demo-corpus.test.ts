// The demo corpus under data/demo-corpus/ is what `npm run demo` ingests: these tests pin that it
// stays well-formed (enough articles, each with a title and a publication date, in every format the
// ingest stage must read) without depending on the ingest code itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const corpusDir = fileURLToPath(new URL('../../data/demo-corpus/', import.meta.url));

function filesIn(sub: string, suffix: string): string[] {
  const dir = join(corpusDir, sub);
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));
}

const htmlFiles = filesIn('html', '.html');
const textFiles = filesIn('text', '.txt');
const feedFiles = filesIn('feeds', '.xml');

/** Decodes a page by its declared charset, as a browser would. */
function readHtml(path: string): { readonly text: string; readonly charset: string } {
  const bytes = readFileSync(path);
  const head = bytes.subarray(0, 1024).toString('latin1');
  const charset = (/<meta\s+charset="([^"]+)"/i.exec(head)?.[1] ?? 'utf-8').toLowerCase();
  return { text: new TextDecoder(charset).decode(bytes), charset };
}

function feedItems(xml: string): string[] {
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1] ?? '');
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function isoDay(value: string): string | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

test('the corpus holds at least 22 articles across HTML, text and feed items', () => {
  const items = feedFiles.flatMap((f) => feedItems(readFileSync(f, 'utf8')));
  const total = htmlFiles.length + textFiles.length + items.length;
  assert.ok(htmlFiles.length >= 6, `expected at least 6 HTML pages, found ${htmlFiles.length}`);
  assert.ok(textFiles.length >= 3, `expected some plain-text scrapes, found ${textFiles.length}`);
  assert.equal(feedFiles.length >= 1, true, 'expected an RSS feed');
  assert.ok(total >= 22, `expected at least 22 articles, found ${total}`);
});

test('every HTML page has a title, a NewsArticle JSON-LD date, og: meta and a <time datetime>', () => {
  for (const path of htmlFiles) {
    const { text } = readHtml(path);
    const title = /<title>([^<]+)<\/title>/.exec(text)?.[1]?.trim() ?? '';
    assert.ok(title.length > 0, `${path}: no <title>`);
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(text)?.[1];
    assert.ok(ld, `${path}: no JSON-LD`);
    const parsed: unknown = JSON.parse(ld);
    assert.ok(parsed !== null && typeof parsed === 'object', `${path}: JSON-LD is not an object`);
    const record = parsed as Record<string, unknown>;
    assert.equal(record['@type'], 'NewsArticle', `${path}: JSON-LD is not a NewsArticle`);
    assert.equal(typeof record.headline, 'string', `${path}: JSON-LD has no headline`);
    const published = isoDay(String(record.datePublished));
    assert.ok(published, `${path}: JSON-LD datePublished does not parse`);
    const metaTime = /<meta property="article:published_time" content="([^"]+)"/.exec(text)?.[1] ?? '';
    assert.equal(isoDay(metaTime), published, `${path}: meta and JSON-LD dates disagree`);
    assert.match(text, /<meta property="og:title" content="[^"]+"/, `${path}: no og:title`);
    assert.match(text, /<time datetime="[^"]+"/, `${path}: no <time datetime>`);
    assert.ok(path.includes(published.slice(0, 4)), `${path}: file name does not carry the year ${published}`);
  }
});

test('every HTML page carries the boilerplate the extractor must drop', () => {
  for (const path of htmlFiles) {
    const { text } = readHtml(path);
    for (const part of ['<nav', '<figcaption>', 'newsletter', 'cookie', '<footer', 'class="comments"', 'class="related"']) {
      assert.ok(text.includes(part), `${path}: missing ${part}`);
    }
  }
});

test('the windows-1252 page is really encoded in windows-1252', () => {
  const legacy = htmlFiles.filter((p) => readHtml(p).charset === 'windows-1252');
  assert.ok(legacy.length >= 1, 'expected at least one page declaring windows-1252');
  for (const path of legacy) {
    const bytes = readFileSync(path);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), `${path}: bytes are valid UTF-8`);
    assert.ok(bytes.includes(0xe1), `${path}: no windows-1252 byte for "á"`);
    assert.match(readHtml(path).text, /Bogotá/);
  }
});

test('every text scrape starts with a title line and has a publication date line', () => {
  for (const path of textFiles) {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    assert.ok((lines[0] ?? '').trim().length > 10, `${path}: empty first line`);
    const dateLine = lines.slice(1, 6).find((l) => /^(Published|Publicado el) /.test(l));
    assert.ok(dateLine, `${path}: no "Published ..." line near the top`);
    assert.match(dateLine, /\b(19|20)\d{2}\b/, `${path}: date line has no year`);
    assert.ok(wordCount(text) >= 250, `${path}: fewer than 250 words`);
  }
});

test('at least one article is in Spanish', () => {
  const spanish = textFiles.filter((p) => /^Publicado el /m.test(readFileSync(p, 'utf8')));
  assert.ok(spanish.length >= 1);
});

test('the RSS feed is RSS 2.0 with at least 4 complete items', () => {
  for (const path of feedFiles) {
    const xml = readFileSync(path, 'utf8');
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    assert.match(xml, /<rss version="2\.0"/);
    const items = feedItems(xml);
    assert.ok(items.length >= 4, `${path}: ${items.length} items`);
    assert.equal((xml.match(/<item>/g) ?? []).length, (xml.match(/<\/item>/g) ?? []).length);
    for (const item of items) {
      assert.match(item, /<title>[^<]+<\/title>/);
      assert.match(item, /<link>https?:\/\/[^<]+<\/link>/);
      const pubDate = /<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1] ?? '';
      assert.ok(isoDay(pubDate), `${path}: pubDate "${pubDate}" does not parse`);
      assert.match(item, /<description>[^<]+<\/description>/);
      const html = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item)?.[1] ?? '';
      assert.ok(wordCount(html.replace(/<[^>]+>/g, ' ')) >= 250, `${path}: an item body is under 250 words`);
    }
  }
});

test('the whole corpus stays small', () => {
  const total = [...htmlFiles, ...textFiles, ...feedFiles].reduce((sum, p) => sum + statSync(p).size, 0);
  assert.ok(total < 300 * 1024, `corpus is ${total} bytes`);
});
