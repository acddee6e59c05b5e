import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block, DocMeta } from '../core/index.js';
import { cleanDocument } from './clean-document.js';
import type { CleanDeps } from './clean-document.js';

// Stand-ins for the extractor, metadata and line classifier, so these tests pin the composition
// (what is kept, what wins) whatever the real stages do.
const BOILERPLATE = /^(Accept all cookies|Subscribe to our newsletter|Photo: .*)$/;

function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0].trim();
    if (!line) continue;
    const start = m.index + m[0].indexOf(line);
    const role = blocks.length === 0 ? 'title' : BOILERPLATE.test(line) ? 'boilerplate' : 'body';
    blocks.push({ kind: 'block', role, start, end: start + line.length, reason: role === 'boilerplate' ? 'test' : null });
  }
  return blocks;
}

function meta(partial: Partial<DocMeta>): DocMeta {
  return { title: null, published: null, author: null, language: 'en', url: null, provenance: {}, ...partial };
}

const deps: CleanDeps = {
  extractArticle: (html) => {
    const text = html.replace(/<[^>]+>/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean).join('\n\n');
    return { text, blocks: [], title: 'Heading from the page' };
  },
  extractMetadata: ({ html, url }) =>
    meta({
      published: '2019-01-01',
      author: html ? 'Page Author' : null,
      url: url ?? 'https://canonical.example/a',
      language: 'es',
      provenance: { published: 'json-ld', language: 'lang-attr' },
    }),
  classifyTextBlocks: lineBlocks,
};

const scrape = [
  'Peru and Bolivia sign border accord',
  'Accept all cookies',
  'Peru and Bolivia signed an accord on their shared border on Monday.',
  'Photo: a border post near Desaguadero',
  '  The foreign ministers met in Puno.  ',
  'Subscribe to our newsletter',
].join('\n');

test('a text scrape keeps its body lines only, as paragraphs separated by a blank line', () => {
  const cleaned = cleanDocument({ format: 'text', content: scrape }, deps);
  assert.equal(
    cleaned.text,
    'Peru and Bolivia signed an accord on their shared border on Monday.\n\nThe foreign ministers met in Puno.',
  );
  assert.equal(cleaned.title, 'Peru and Bolivia sign border accord');
  assert.equal(cleaned.meta.provenance.title, 'first-line');
  for (const block of cleaned.blocks) assert.equal(block.role, 'body');
  assert.deepEqual(
    cleaned.blocks.map((b) => cleaned.text.slice(b.start, b.end)),
    cleaned.text.split('\n\n'),
  );
});

test('stated metadata (JSONL field, feed pubDate) wins over extracted, and says so', () => {
  const cleaned = cleanDocument(
    { format: 'html', content: '<p>One.</p><p>Two.</p>', published: 'Tue, 05 Mar 2024 08:00:00 GMT', title: 'Stated title', url: 'https://stated.example/x' },
    deps,
  );
  assert.equal(cleaned.published, '2024-03-05');
  assert.equal(cleaned.title, 'Stated title');
  assert.equal(cleaned.url, 'https://stated.example/x');
  assert.equal(cleaned.author, 'Page Author');
  assert.equal(cleaned.language, 'es');
  assert.deepEqual(cleaned.meta.provenance, { published: 'input', language: 'lang-attr', title: 'input', url: 'input' });
});

test('extracted metadata fills what the input does not state; an unreadable stated date is ignored', () => {
  const cleaned = cleanDocument({ format: 'html', content: '<p>Body.</p>', published: 'soon' }, deps);
  assert.equal(cleaned.published, '2019-01-01');
  assert.equal(cleaned.meta.provenance.published, 'json-ld');
  assert.equal(cleaned.title, 'Heading from the page');
  assert.equal(cleaned.url, 'https://canonical.example/a');
});

test('HTML paragraphs become body blocks when the extractor gives none', () => {
  const cleaned = cleanDocument({ format: 'html', content: '<p>First paragraph.</p><p>Second one.</p>' }, deps);
  assert.equal(cleaned.text, 'First paragraph.\n\nSecond one.');
  assert.deepEqual(cleaned.blocks.map((b) => [b.start, b.end]), [[0, 16], [18, 29]]);
});

test('the id is the input id when given, else stable and derived from the body', () => {
  const a = cleanDocument({ format: 'text', content: scrape }, deps);
  const b = cleanDocument({ format: 'text', content: scrape.replace('Accept all cookies', 'Subscribe to our newsletter') }, deps);
  assert.equal(a.id, b.id);
  assert.equal(a.contentHash, b.contentHash);
  assert.match(a.id, /^[0-9a-f]{20}$/);
  assert.equal(cleanDocument({ id: 'mine', format: 'text', content: scrape }, deps).id, 'mine');
});

test('a page with no article body gives empty text, not an exception', () => {
  const cleaned = cleanDocument({ format: 'html', content: '<nav></nav>' }, { ...deps, extractArticle: () => ({ text: '', blocks: [], title: null }) });
  assert.equal(cleaned.text, '');
  assert.deepEqual(cleaned.blocks, []);
});
