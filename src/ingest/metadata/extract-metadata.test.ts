import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMetadata } from './extract-metadata.js';

const TODAY = '2026-01-01';
const page = (head: string, body = '') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const meta = (html: string | null, text = '', url: string | null = null) => extractMetadata({ html, text, url, today: TODAY });

test('takes datePublished from a JSON-LD @graph, not dateModified, and records where it came from', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Example News' },
      { '@type': 'NewsArticle', headline: 'Ministers meet in Rabat', datePublished: '2023-06-12T09:00:00+01:00', dateModified: '2023-06-14T10:00:00+01:00', author: [{ '@type': 'Person', name: 'Ana Ruiz' }] },
    ],
  });
  const m = meta(page(`<script type="application/ld+json">${ld}</script>`));
  assert.equal(m.published, '2023-06-12');
  assert.equal(m.provenance.published, 'json-ld:datePublished');
  assert.equal(m.title, 'Ministers meet in Rabat');
  assert.equal(m.author, 'Ana Ruiz');
});

test('reads JSON-LD given as a top-level array and tolerates a trailing comma', () => {
  const m = meta(page(`<script type="application/ld+json">[{"@type":"Organization","name":"X"},{"@type":"Article","datePublished":"2021-03-04",}]</script>`));
  assert.equal(m.published, '2021-03-04');
});

test('falls back to OpenGraph article:published_time and ignores article:modified_time', () => {
  const m = meta(page('<meta property="article:modified_time" content="2022-02-02T08:00:00+01:00"><meta property="article:published_time" content="2022-01-30T08:00:00+01:00">'));
  assert.equal(m.published, '2022-01-30');
  assert.equal(m.provenance.published, 'meta:article:published_time');
});

test('a full date in the URL wins over everything else', () => {
  const m = meta(page('<meta name="date" content="2019-01-01">'), '', 'https://news.example/2018/11/05/talks-resume/');
  assert.equal(m.published, '2018-11-05');
  assert.equal(m.provenance.published, 'url');
});

test('a UTC timestamp one day after the date shown on the page yields the shown (local) day', () => {
  const html = page(
    '<meta property="article:published_time" content="2023-11-09T03:10:00+00:00">',
    '<h1>Storm closes the border crossing</h1><p class="byline-date">November 8, 2023</p><p>Text.</p>',
  );
  assert.equal(meta(html).published, '2023-11-08');
});

test('reads a <time datetime> marked as datePublished', () => {
  const html = page('', '<article><h1>Envoy recalled</h1><time itemprop="datePublished" datetime="2020-05-06T12:00">6 May</time></article>');
  assert.equal(meta(html).published, '2020-05-06');
});

test('reads a German "Veröffentlicht am" line and skips an "Aktualisiert" date before it', () => {
  const html = page('', '<h1>Botschaft wieder geöffnet</h1><p>Aktualisiert am 20. Januar 2022</p><p>Veröffentlicht am 12. Oktober 2019</p><p>Die Botschaft in Kabul öffnete wieder.</p>');
  assert.equal(meta(html).published, '2019-10-12');
});

test('reads a date-only line under the headline when nothing else is marked up', () => {
  const html = page('', '<nav><a>Archiv 01.01.2015</a></nav><h1>Neue Gespräche</h1><div>Dienstag, 28. April 2020</div><p>Die Delegationen trafen sich in Wien, um über die Zukunft des Abkommens zu sprechen.</p>');
  assert.equal(meta(html).published, '2020-04-28');
});

test('reads "Published ..." and Spanish "Publicado el ..." lines in a plain-text scrape', () => {
  assert.equal(meta(null, 'Talks resume\nPublished: March 3, 2021\nThe delegations met in Oslo.').published, '2021-03-03');
  assert.equal(meta(null, 'Reanudan el diálogo\nPublicado el 5 de octubre de 2019\nLas delegaciones se reunieron.').published, '2019-10-05');
});

test('never returns a date later than today, nor a date from an update line', () => {
  assert.equal(meta(page('<meta property="article:published_time" content="2031-01-01">')).published, null);
  assert.equal(meta(null, 'Updated June 2, 2022\nThe embassy reopened.').published, null);
});

test('detects English and Spanish from the words, and falls back to <html lang>', () => {
  const es = 'El gobierno de México anunció que la embajada de Palestina en la capital será reconocida por el presidente, según un comunicado que se publicó para los medios.';
  assert.equal(meta(page(''), es).language, 'es');
  assert.equal(meta(page(''), es).provenance.language, 'text');
  const en = 'The government of Mexico said that the embassy of Palestine in the capital would be recognised by the president, who has been under pressure from the party.';
  assert.equal(meta(null, en).language, 'en');
  assert.equal(meta('<html lang="de-AT"><body><p>Kurz.</p></body></html>', 'Kurz.').language, 'de');
});

test('the canonical link gives the URL; the <title> loses its site name; a byline gives the author', () => {
  const html = '<html><head><title>Border reopens after talks | The Daily Example</title><link rel="canonical" href="/world/border-reopens"></head><body></body></html>';
  const m = meta(html, 'By Carlos Mendes\nThe border reopened on Monday.', 'https://example.com/world/border-reopens?utm=x');
  assert.equal(m.url, 'https://example.com/world/border-reopens');
  assert.equal(m.provenance.url, 'link:canonical');
  assert.equal(m.title, 'Border reopens after talks');
  assert.equal(m.author, 'Carlos Mendes');
  assert.equal(m.provenance.author, 'text:byline');
});

test('a text scrape with a capitalised first line takes it as the title; no date means null', () => {
  const m = meta(null, 'PERU AND MEXICO RESTORE TIES\nThe two governments exchanged notes on Friday.');
  assert.equal(m.title, 'PERU AND MEXICO RESTORE TIES');
  assert.equal(m.published, null);
  assert.equal(m.url, null);
});

test('a later unlabelled date under the headline beats a template creation date, an "Updated" one does not', () => {
  const later = page('<meta name="pubdate" content="2017-08-21">', '<h1>Seven jobs with a future</h1><p>03.04.2019</p><p>Text of the article.</p>');
  assert.equal(meta(later).published, '2019-04-03');
  const updated = page('<meta name="pubdate" content="2017-08-21">', '<h1>Seven jobs with a future</h1><p>Updated 03.04.2019</p><p>Text of the article.</p>');
  assert.equal(meta(updated).published, '2017-08-21');
});

test('US pages read 03/04/2020 month first, British and German pages day first', () => {
  const body = '<h1>Envoys meet</h1><p>03/04/2020</p><p>The envoys met.</p>';
  assert.equal(meta(page('', body), '', 'https://news.example.com/world/envoys').published, '2020-03-04');
  assert.equal(meta(page('', body), '', 'https://news.example.co.uk/world/envoys').published, '2020-04-03');
});

test('HTML-escaped JSON-LD headlines are decoded', () => {
  const ld = '{"@type":"NewsArticle","headline":"&#8220;We want peace&#8221;&nbsp;says envoy &amp; aide","datePublished":"2020-02-17"}';
  assert.equal(meta(page(`<script type="application/ld+json">${ld}</script>`)).title, '“We want peace” says envoy & aide');
});

test('dates in comment threads and teaser lists are passed over for the article date', () => {
  const html = page(
    '',
    '<div class="content right-sidebar"><h1>Court rules on asylum case</h1><div>14.01.2022 um 09:25</div><p>The court ruled on the case.</p></div>' +
      '<aside class="related-posts"><div class="date">02.01.2022</div></aside>' +
      '<div id="comments"><span class="comment_date">15.01.2022</span></div>',
  );
  assert.equal(meta(html).published, '2022-01-14');
  const teaserFirst = page('', '<ul class="teaser-list"><li><span class="date">03.01.2022</span></li></ul><div class="post-meta"><span class="posted-on">20.01.2022</span></div>');
  assert.equal(meta(teaserFirst).published, '2022-01-20');
});

test('a "Published ... · Section · Name" line gives the author when there is no byline', () => {
  const m = meta(null, 'Talks resume in Oslo\nPublished 5 June 2023 · Europe · Ingrid Dahl\nThe delegations met again on Monday.');
  assert.equal(m.author, 'Ingrid Dahl');
  assert.equal(m.published, '2023-06-05');
});
