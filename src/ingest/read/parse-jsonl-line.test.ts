import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonlLine } from './parse-jsonl-line.js';

test('a line with html or text becomes a record; numeric ids become strings', () => {
  const html = parseJsonlLine('{"id": 7, "url": "https://a.example/x", "html": "<p>Hi</p>", "published": "2022-01-02", "extra": true}');
  assert.deepEqual(html, {
    ok: true,
    record: { id: '7', url: 'https://a.example/x', published: '2022-01-02', title: null, author: null, format: 'html', content: '<p>Hi</p>' },
  });
  const text = parseJsonlLine('{"text": "Plain.", "title": "T"}');
  assert.equal(text.ok && text.record.format, 'text');
  assert.equal(text.ok && text.record.id, null);
});

test('bad lines say why, keeping the id when there is one', () => {
  const cases: [string, RegExp, string | null][] = [
    ['{"id": "a", "text": ', /malformed JSON/, null],
    ['{"id": "b", "html": ""}', /no "html" or "text"/, 'b'],
    ['{"id": "c", "text": 5}', /unexpected JSON shape \("text": /, 'c'],
    ['"just a string"', /unexpected JSON shape/, null],
  ];
  for (const [line, reason, id] of cases) {
    const result = parseJsonlLine(line);
    assert.equal(result.ok, false, line);
    if (!result.ok) {
      assert.match(result.reason, reason);
      assert.equal(result.id, id);
    }
  }
});
