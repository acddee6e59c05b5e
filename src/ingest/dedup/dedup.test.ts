import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  estimateSimilarity,
  hashBodyText,
  lshBandKeys,
  minhashSignature,
  pickNearDuplicate,
  shingleWords,
  signatureFromBytes,
  signatureToBytes,
} from './index.js';

const original = [
  'Bolivia restored full diplomatic relations with Israel on Tuesday, ending a break that began in 2009',
  'when the government in La Paz cut ties over the war in Gaza. The foreign ministers of both countries',
  'signed a joint statement in Jerusalem, and officials said ambassadors would be named within months.',
  'The interim president had promised during her first week in office to rebuild ties with several',
  'countries that her predecessor had kept at arm’s length, among them the United States and Israel.',
  'Visas for Israeli tourists, which Bolivia had required since 2014, were also expected to be dropped.',
].join(' ');

const republished = [
  'LA PAZ — Bolivia restored full diplomatic relations with Israel on Tuesday, ending a rupture that began in 2009',
  'when the government in La Paz cut ties over the war in Gaza. The foreign ministers of both countries',
  'signed a joint statement in Jerusalem, and officials said ambassadors would be appointed within months.',
  'The interim president had promised during her first week in office to rebuild ties with several',
  'countries that her predecessor had kept at arm’s length, among them the United States and Israel.',
  'Visas for Israeli tourists, which Bolivia had required since 2014, were also expected to be dropped.',
  'Follow our world desk for more.',
].join(' ');

const unrelated = [
  'Portugal and Angola signed a fisheries agreement in Luanda on Friday after two years of talks.',
  'The accord lets Portuguese vessels work Angolan waters in exchange for training and port fees,',
  'and both governments called it a sign of warmer ties after a period of legal disputes.',
].join(' ');

test('a republished copy with small edits scores high; another story scores low', () => {
  const a = minhashSignature(shingleWords(original));
  const b = minhashSignature(shingleWords(republished));
  const c = minhashSignature(shingleWords(unrelated));
  assert.ok(estimateSimilarity(a, b) >= 0.6, `copy similarity ${estimateSimilarity(a, b)}`);
  assert.ok(estimateSimilarity(a, c) <= 0.1, `unrelated similarity ${estimateSimilarity(a, c)}`);
});

test('the estimate tracks the true Jaccard similarity of the shingle sets', () => {
  const sa = shingleWords(original);
  const sb = shingleWords(republished);
  const shared = [...sa].filter((x) => sb.has(x)).length;
  const jaccard = shared / (sa.size + sb.size - shared);
  const estimate = estimateSimilarity(minhashSignature(sa), minhashSignature(sb));
  assert.ok(Math.abs(estimate - jaccard) < 0.15, `estimate ${estimate}, jaccard ${jaccard}`);
});

test('near copies share LSH band keys; unrelated texts share none', () => {
  const a = new Set(lshBandKeys(minhashSignature(shingleWords(original))));
  const b = lshBandKeys(minhashSignature(shingleWords(republished)));
  const c = lshBandKeys(minhashSignature(shingleWords(unrelated)));
  assert.equal(b.length, 40);
  assert.ok(b.some((k) => a.has(k)));
  assert.ok(!c.some((k) => a.has(k)));
  assert.ok(b.every((k) => Number.isSafeInteger(k)));
});

test('picks the most similar candidate above the threshold, or none', () => {
  const sig = minhashSignature(shingleWords(republished));
  const candidates = [
    { id: 'other', signature: minhashSignature(shingleWords(unrelated)) },
    { id: 'first', signature: minhashSignature(shingleWords(original)) },
  ];
  assert.equal(pickNearDuplicate(sig, candidates)?.id, 'first');
  assert.equal(pickNearDuplicate(sig, candidates.slice(0, 1)), null);
});

test('the content hash ignores re-wrapping but not a changed word', () => {
  assert.equal(hashBodyText('Chile  and\nPeru agreed.'), hashBodyText('Chile and Peru agreed. '));
  assert.notEqual(hashBodyText('Chile and Peru agreed.'), hashBodyText('Chile and Peru disagreed.'));
});

test('signatures survive the round trip through stored bytes', () => {
  const sig = minhashSignature(shingleWords(unrelated));
  assert.deepEqual(signatureFromBytes(signatureToBytes(sig)), sig);
});

test('short texts still get a signature; an empty text gets the empty one', () => {
  assert.equal(shingleWords('Embassy closed').size, 1);
  assert.equal(shingleWords('  ').size, 0);
});
