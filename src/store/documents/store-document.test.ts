import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { makeDoc } from '../../core/index.js';
import type { Doc, DocInput } from '../../core/index.js';
import { cleanDocument } from '../../ingest/clean-document.js';
import type { CleanDeps } from '../../ingest/clean-document.js';
import { withTempStore } from '../with-temp-store.js';
import type { OpenedStore } from '../open-store.js';
import { countDocuments, getDocument, searchDocuments, storeDocument } from './index.js';

// Cleaning stand-ins: every non-empty line is body, so the tests pin storage, not cleaning.
const plainDeps: CleanDeps = {
  extractArticle: (html) => ({ text: html, blocks: [], title: null }),
  extractMetadata: ({ url }) => ({ title: null, published: null, author: null, language: 'en', url, provenance: {} }),
  classifyTextBlocks: (text) => {
    const blocks: ReturnType<CleanDeps['classifyTextBlocks']> = [];
    const re = /[^\n]+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) blocks.push({ kind: 'block', role: 'body', start: m.index, end: m.index + m[0].length, reason: null });
    return blocks;
  },
};

const story = [
  'México and Argentina agreed on Thursday to reopen their embassies, three years after a dispute over a',
  'detained diplomat led both governments to withdraw their ambassadors and reduce their missions to chargés.',
  'The foreign ministers announced the decision after a meeting in Buenos Aires, saying new ambassadors',
  'would present their credentials before the end of the year and that consular services would resume.',
].join('\n');
const copy = `BUENOS AIRES (Wire)\n${story.replace('on Thursday', 'on Thursday evening')}\nRead more world news.`;
const other = [
  'Sweden and Finland held joint naval exercises in the Baltic Sea this week, the first since both joined',
  'the alliance, with ships from Germany and Poland taking part in drills near the island of Gotland.',
].join('\n');

function clean(text: string, title: string | null = null) {
  return cleanDocument({ format: 'text', content: text, title }, plainDeps);
}

const withStore = (fn: (store: OpenedStore, analysed: string[]) => Promise<void>): Promise<void> => withTempStore((store) => fn(store, []));

const analyzeInto = (seen: string[]) => (input: DocInput): Doc => {
  seen.push(input.id);
  return makeDoc(input);
};

test('stores a document once: the same content again is a no-op and is not re-analysed', () =>
  withStore(async (store, analysed) => {
    const first = await storeDocument(store.db, clean(story, 'Embassies reopen'), { analyze: analyzeInto(analysed), sourcePath: 'a.txt' });
    assert.equal(first.status, 'stored');
    const again = await storeDocument(store.db, clean(`${story}\n`), { analyze: analyzeInto(analysed) });
    assert.deepEqual(again, { status: 'exists', id: first.id });
    assert.deepEqual(analysed, [first.id]);
    const doc = await getDocument(store.db, first.id);
    assert.equal(doc?.title, 'Embassies reopen');
    assert.equal(doc?.sourcePath, 'a.txt');
    assert.equal(doc?.duplicateOf, null);
    assert.equal(doc?.blocks.length, 4);
    assert.deepEqual(await countDocuments(store.db), { documents: 1, duplicates: 0 });
  }));

test('a republished copy is stored, analysed, and linked to its first copy; later copies too', () =>
  withStore(async (store, analysed) => {
    const analyze = analyzeInto(analysed);
    const first = await storeDocument(store.db, clean(story), { analyze });
    const unrelated = await storeDocument(store.db, clean(other), { analyze });
    const second = await storeDocument(store.db, clean(copy), { analyze });
    const third = await storeDocument(store.db, clean(`${copy}\nShare this article`), { analyze });
    assert.equal(unrelated.status, 'stored');
    assert.equal(second.status, 'duplicate');
    assert.equal(third.status, 'duplicate');
    if (second.status !== 'duplicate' || third.status !== 'duplicate') return;
    assert.equal(second.duplicateOf, first.id);
    assert.equal(third.duplicateOf, first.id);
    assert.ok(second.similarity >= 0.5);
    assert.equal(analysed.length, 4);
    assert.equal((await getDocument(store.db, second.id))?.duplicateOf, first.id);
    assert.deepEqual(await countDocuments(store.db), { documents: 4, duplicates: 2 });
  }));

test('short texts that differ by a word are different documents, not copies', () =>
  withStore(async (store) => {
    const analyze = (input: DocInput): Doc => makeDoc(input);
    const a = await storeDocument(store.db, clean('Talks between Chile and Peru resumed in Lima on Friday.'), { analyze });
    const b = await storeDocument(store.db, clean('Talks between Chile and Peru resumed in Lima on Monday.'), { analyze });
    assert.equal(a.status, 'stored');
    assert.equal(b.status, 'stored');
  }));

test('a failure while saving the analysis leaves nothing behind, and a retry stores it', () =>
  withStore(async (store, analysed) => {
    const broken = async (): Promise<void> => {
      throw new Error('disk full (simulated)');
    };
    await assert.rejects(storeDocument(store.db, clean(story), { analyze: analyzeInto(analysed), saveAnalysis: broken }), /disk full/);
    assert.deepEqual(await countDocuments(store.db), { documents: 0, duplicates: 0 });
    const lsh = await store.db.selectFrom('document_lsh').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(lsh.n), 0);
    assert.deepEqual(await searchDocuments(store.db, 'embassies'), []);
    const retry = await storeDocument(store.db, clean(story), { analyze: analyzeInto(analysed) });
    assert.equal(retry.status, 'stored');
  }));

test('search finds words in title and body, ignoring accents and case, with a marked snippet', () =>
  withStore(async (store) => {
    const analyze = (input: DocInput): Doc => makeDoc(input);
    const first = await storeDocument(store.db, clean(story, 'Embassies reopen'), { analyze });
    await storeDocument(store.db, clean(copy), { analyze });
    await storeDocument(store.db, clean(other, 'Baltic drills'), { analyze });
    const hits = await searchDocuments(store.db, 'embassy mexico');
    assert.deepEqual(hits.map((h) => h.id), [first.id]);
    assert.match(hits[0]!.snippet, /\[México\]/);
    assert.equal(hits[0]!.title, 'Embassies reopen');
    assert.equal((await searchDocuments(store.db, 'embassy mexico', { includeDuplicates: true })).length, 2);
    assert.equal((await searchDocuments(store.db, 'Baltic')).length, 1);
    // FTS syntax in a plain query is quoted away: no error, the words are just required.
    assert.deepEqual(await searchDocuments(store.db, 'embassy "OR* NEAR( -'), []);
    assert.equal((await searchDocuments(store.db, '"embassy* ambassadors')).length, 1);
    assert.deepEqual(await searchDocuments(store.db, '  '), []);
    await sql`insert into documents_fts(documents_fts) values ('integrity-check')`.execute(store.db);
  }));
