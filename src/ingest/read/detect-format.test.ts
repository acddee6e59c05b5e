import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFromName, sniffFormat } from './detect-format.js';

test('the file name decides the format, looking through .gz', () => {
  assert.equal(formatFromName('a/b/page.HTM'), 'html');
  assert.equal(formatFromName('dump.jsonl.gz'), 'jsonl');
  assert.equal(formatFromName('notes.md'), 'text');
  assert.equal(formatFromName('world.rss'), 'feed');
  assert.equal(formatFromName('archive.tar.gz'), null);
  assert.equal(formatFromName('dir.d/README'), null);
});

test('unnamed input (stdin, odd extensions) is sniffed from its first bytes', () => {
  assert.equal(sniffFormat(Buffer.from('<?xml version="1.0"?>\n<rss version="2.0">')), 'feed');
  assert.equal(sniffFormat(Buffer.from('  <feed xmlns="http://www.w3.org/2005/Atom">')), 'feed');
  assert.equal(sniffFormat(Buffer.from('<!DOCTYPE html><html>')), 'html');
  assert.equal(sniffFormat(Buffer.from('{"id": 1}\n')), 'jsonl');
  assert.equal(sniffFormat(Buffer.from('Mexico City. The minister said')), 'text');
  assert.equal(sniffFormat(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html>', 'utf16le')])), 'html');
});
