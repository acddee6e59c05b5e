import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHeadTags } from './read-head-tags.js';

test('reads meta tags whatever the attribute order, quoting and case', () => {
  const html = `<HTML LANG="es-MX"><head><meta content='2021-05-04' property="article:published_time">
    <META NAME=pubdate CONTENT=20210504><meta name="description" content="Talks &amp; treaties"></head></HTML>`;
  const head = readHeadTags(html);
  assert.equal(head.lang, 'es-MX');
  assert.deepEqual(head.metas.get('article:published_time'), ['2021-05-04']);
  assert.deepEqual(head.metas.get('pubdate'), ['20210504']);
  assert.deepEqual(head.metas.get('description'), ['Talks & treaties']);
});

test('keeps every JSON-LD script, the first canonical link and a decoded <title>', () => {
  const html = '<head><title>Envoys &#8220;meet&#8221; | Site</title><link rel="canonical" href="https://a.example/x"><link rel="canonical" href="https://b.example/y"></head>' +
    '<body><script type="application/ld+json">{"a":1}</script><script>var x = 1;</script><script type="application/ld+json">{"b":2}</script></body>';
  const head = readHeadTags(html);
  assert.equal(head.title, 'Envoys “meet” | Site');
  assert.equal(head.canonical, 'https://a.example/x');
  assert.deepEqual(head.jsonLd, ['{"a":1}', '{"b":2}']);
});

test('a page with no tags gives empty results, not errors', () => {
  const head = readHeadTags('just text');
  assert.equal(head.lang, null);
  assert.equal(head.title, null);
  assert.equal(head.metas.size, 0);
  assert.deepEqual(head.jsonLd, []);
});
