import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtmlBytes } from './decode-html-bytes.js';

const page = (head: string, body: string): string => `<html><head>${head}</head><body><p>${body}</p></body></html>`;

test('reads windows-1252 curly quotes and accents from <meta charset>', () => {
  const bytes = Buffer.concat([
    Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>', 'latin1'),
    Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]),
    Buffer.from('</p></body></html>', 'latin1'),
  ]);
  assert.match(decodeHtmlBytes(bytes), /“Café”/);
});

test('reads ISO-8859-1 declared through HTTP-equiv as windows-1252', () => {
  const html = page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'Relaciones con México');
  assert.match(decodeHtmlBytes(Buffer.from(html, 'latin1')), /Relaciones con México/);
});

test('reads UTF-16 pages with a BOM, little and big endian', () => {
  const html = page('<meta charset="utf-16">', 'Ambassador to Bogotá');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  assert.equal(decodeHtmlBytes(le), html);
  assert.equal(decodeHtmlBytes(be), html);
});

test('reads UTF-16LE without a BOM by its zero bytes', () => {
  const html = page('', 'A consulate in Zürich reopened');
  assert.equal(decodeHtmlBytes(Buffer.from(html, 'utf16le')), html);
});

test('a UTF-8 BOM wins over a wrong declaration', () => {
  const html = page('<meta charset="iso-8859-1">', 'São Paulo');
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]);
  assert.equal(decodeHtmlBytes(bytes), html);
});

test('an undeclared page is UTF-8 when valid, windows-1252 when not', () => {
  assert.match(decodeHtmlBytes(Buffer.from(page('', 'Asunción'), 'utf8')), /Asunción/);
  assert.match(decodeHtmlBytes(Buffer.from(page('', 'Asunción'), 'latin1')), /Asunción/);
});

test('a page that claims UTF-16 without UTF-16 bytes is read as UTF-8', () => {
  assert.match(decodeHtmlBytes(Buffer.from(page('<meta charset="utf-16">', 'Türkiye'), 'utf8')), /Türkiye/);
});

test('the XML declaration names a feed encoding', () => {
  const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Peñalosa</title></channel></rss>';
  assert.match(decodeHtmlBytes(Buffer.from(xml, 'latin1')), /Peñalosa/);
});

test('a page declaring Latin-1 whose bytes are valid UTF-8 is read as UTF-8', () => {
  const html = page('<meta charset="iso-8859-1">', 'Canciller de Perú, “sin comentarios”');
  assert.match(decodeHtmlBytes(Buffer.from(html, 'utf8')), /Canciller de Perú, “sin comentarios”/);
});

test('stray Latin-1 bytes in a UTF-8 page read as windows-1252, the rest as UTF-8', () => {
  const bytes = Buffer.concat([
    Buffer.from('<meta charset="utf-8"><p>WASHINGTON', 'utf8'),
    Buffer.from([0x97]),
    Buffer.from('The premier of Perú said', 'utf8'),
    Buffer.from([0xa0, 0x93]),
    Buffer.from('no', 'utf8'),
    Buffer.from([0x94]),
  ]);
  assert.equal(decodeHtmlBytes(bytes), '<meta charset="utf-8"><p>WASHINGTON—The premier of Perú said\u00a0“no”');
});
