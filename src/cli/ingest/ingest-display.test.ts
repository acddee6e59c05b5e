import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSummary, makeProgressBar, parseSize, renderProgress, summaryJson } from './index.js';
import type { IngestSummary } from './index.js';

const summary: IngestSummary = { read: 40, stored: 30, duplicates: 2, unchanged: 8, failed: 2, bytes: 4 * 1024 * 1024, seconds: 2 };

test('the summary names read, stored, duplicates, already stored and failed, with rates', () => {
  const text = formatSummary(summary);
  assert.match(text, /read 40 documents: stored 30 \(2 near-duplicates linked to a first copy\), already stored 8, failed 2/);
  assert.match(text, /4\.00 MB in 2\.0 s \(20\.0 docs\/s, 2\.00 MB\/s\)/);
  const json = JSON.parse(summaryJson(summary)) as Record<string, number>;
  assert.deepEqual(
    [json.read, json.stored, json.duplicates, json.unchanged, json.failed, json.docsPerSecond, json.mbPerSecond],
    [40, 30, 2, 8, 2, 20, 2],
  );
});

test('the progress line shows docs/s and MB/s, and a bar when the total size is known', () => {
  assert.match(renderProgress(summary, null), /^40 docs {2}20\.0 docs\/s {2}2\.00 MB\/s/);
  assert.match(renderProgress(summary, 8 * 1024 * 1024), /^\[#{12}-{12}\] 50% 40 docs/);
});

test('the progress bar writes nothing when disabled (output piped)', () => {
  let written = '';
  const bar = makeProgressBar((t) => void (written += t), false, null);
  bar.update(summary);
  bar.finish();
  assert.equal(written, '');
  const shown = makeProgressBar((t) => void (written += t), true, null);
  shown.update(summary);
  shown.finish();
  assert.match(written, /20\.0 docs\/s/);
  assert.ok(written.endsWith('\r\x1b[2K'));
});

test('--max-size takes megabytes by default, or a unit', () => {
  assert.equal(parseSize('20'), 20 * 1024 * 1024);
  assert.equal(parseSize('500k'), 500 * 1024);
  assert.equal(parseSize('1.5MB'), 1.5 * 1024 * 1024);
  assert.equal(parseSize('2048b'), 2048);
  assert.throws(() => parseSize('big'), /expected a size/);
});
