import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

// Our own sentences about real events; long enough to read as running prose.
const P1 = 'Mexico recalled its ambassador from Lima in December 2022 after Peru removed President Pedro Castillo, and the two governments traded protests for weeks.';
const P2 = 'In February 2023 Peru declared the Mexican ambassador persona non grata, accusing Mexico City of meddling in its internal affairs, and relations were downgraded to the level of chargés d’affaires.';
const P3 = 'Diplomats on both sides said the dispute would outlast the crisis itself, since neither capital was willing to restore full relations while the other government stayed in office.';

function page(article: string, extra = ''): string {
  return `<!doctype html><html><head><title>Mexico and Peru | Example News</title></head><body>
    <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
    ${extra}
    <main><article>${article}</article></main>
    <footer class="site-footer"><p>About us · Contact · Careers · Terms of use and privacy policy for all readers.</p></footer>
  </body></html>`;
}

test('keeps the article paragraphs and separates them with a blank line', () => {
  const out = extractArticle(page(`<p>${P1}</p><p>${P2}</p><p>${P3}</p>`));
  assert.equal(out.text, `${P1}\n\n${P2}\n\n${P3}`);
  assert.equal(out.blocks.length, 3);
  for (const b of out.blocks) assert.equal(b.role, 'body');
  assert.equal(out.text.slice(out.blocks[1].start, out.blocks[1].end), P2);
});

test('drops photo captions and credits', () => {
  const out = extractArticle(page(`<p>${P1}</p>
    <figure><img src="a.jpg"><figcaption>Protesters gather outside the Mexican embassy in Lima. Photo: Agency staff</figcaption></figure>
    <p>${P2}</p><p class="image-credit">Credit: Staff photographer</p><p>${P3}</p>`));
  assert.equal(out.text, `${P1}\n\n${P2}\n\n${P3}`);
});

test('drops a cookie banner even when it is written as full sentences', () => {
  const banner = `<div id="cookie-consent"><p>We use cookies and similar technologies to improve your experience, measure our audience and show you personalised advertising on this website.</p><a href="#">Accept all</a></div>`;
  const out = extractArticle(page(`<p>${P1}</p><p>${P2}</p>`, banner));
  assert.equal(out.text, `${P1}\n\n${P2}`);
});

test('drops a related-articles teaser inside the article', () => {
  const out = extractArticle(page(`<p>${P1}</p>
    <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Bolivia expels envoy over coup remarks</a></li><li><a href="/b">Colombia and Venezuela reopen their border</a></li></ul></div>
    <p>${P2}</p>`));
  assert.equal(out.text, `${P1}\n\n${P2}`);
});

test('keeps subheadings inside the body, marked as headings', () => {
  const out = extractArticle(page(`<h1>Mexico and Peru</h1><p>${P1}</p><h2>A downgrade in February</h2><p>${P2}</p><p>${P3}</p>`));
  assert.equal(out.text, `${P1}\n\nA downgrade in February\n\n${P2}\n\n${P3}`);
  assert.deepEqual(out.blocks.map((b) => b.role), ['body', 'heading', 'body', 'body']);
  assert.equal(out.title, 'Mexico and Peru');
});

test('a section whose heading is an in-page anchor keeps its one paragraph', () => {
  const out = extractArticle(page(`<p>${P1}</p><section><h2><a id="feb">A downgrade in February</a></h2><p>${P2}</p></section><p>${P3}</p>`));
  assert.equal(out.text, `${P1}\n\nA downgrade in February\n\n${P2}\n\n${P3}`);
});

test('drops the byline and dateline, which are metadata', () => {
  const out = extractArticle(page(`<p class="byline">By Ana Torres and Luis Pérez</p>
    <p><time datetime="2023-02-24">Published February 24, 2023</time></p><p>${P1}</p><p>${P2}</p>`));
  assert.equal(out.text, `${P1}\n\n${P2}`);
});

test('drops share buttons, a newsletter prompt and a comment form', () => {
  const out = extractArticle(page(`<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
    <p>${P1}</p>
    <div class="newsletter-signup"><p>Sign up for our daily briefing and get the most important world news in your inbox every morning.</p></div>
    <p>${P2}</p>
    <section id="comments"><h3>Leave a comment</h3><form><p>Your email address will not be published. Required fields are marked with an asterisk.</p></form></section>`));
  assert.equal(out.text, `${P1}\n\n${P2}`);
});

const LONG_COMMENT = 'I lived in Lima for years and I think both governments are to blame here, because neither side has tried to talk since the crisis began and ordinary people on both sides pay for it.';

test('a comment thread longer than the article is not taken for it', () => {
  const thread = `<section id="comments">${`<div class="comment"><p>${LONG_COMMENT}</p></div>`.repeat(5)}</section>`;
  const out = extractArticle(page(`<p>${P1}</p><p>${P2}</p>`).replace('</main>', `</main>${thread}`));
  assert.equal(out.text, `${P1}\n\n${P2}`);
});

test('a named article body wins over prose blurbs of other stories around it', () => {
  const blurbs = [P3, LONG_COMMENT, P3.toUpperCase(), LONG_COMMENT.toUpperCase()]
    .map((b) => `<div class="story-card"><h3><a href="/x">Another story</a></h3><p>${b}</p></div>`).join('');
  const html = `<html><body><div class="layout"><div itemprop="articleBody"><p>${P1}</p><p>${P2}</p></div>${blurbs}</div></body></html>`;
  assert.equal(extractArticle(html).text, `${P1}\n\n${P2}`);
});

test('a page-wide wrapper whose class mentions a sidebar does not hide the article', () => {
  const html = `<html><body><div class="content-with-sidebar"><article class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>
    <div class="widget"><a href="/a">Most read</a></div></div>
    <div class="site-about"><p>Example News is an independent newsroom founded in 1998 that covers diplomacy, trade and security across the Americas, with correspondents in nine capitals and a desk in Madrid.</p></div></body></html>`;
  assert.equal(extractArticle(html).text, `${P1}\n\n${P2}\n\n${P3}`);
});

test('malformed and truncated markup does not throw and keeps the text', () => {
  const out = extractArticle(`<html><body><div class="story"><p>${P1}<p>${P2}</b></i></span><p>${P3.slice(0, 80)}<a href="x`);
  assert.ok(out.text.includes(P1));
  assert.ok(out.text.includes(P2));
  assert.ok(!out.text.includes('<'));
});

test('a page whose author left out </head> and <body> still has its article', () => {
  const out = extractArticle(`<html><head><title>Mexico and Peru</title><p>${P1}<p>${P2}`);
  assert.equal(out.text, `${P1}\n\n${P2}`);
});

test('an HTML fragment such as a feed item description keeps even a short text', () => {
  assert.equal(extractArticle('<p>Ecuador and Mexico restore ties</p>').text, 'Ecuador and Mexico restore ties');
  assert.equal(extractArticle('Plain words, no markup').text, 'Plain words, no markup');
  assert.equal(extractArticle('<p>Talks resume</p><figure><figcaption>Envoys meet</figcaption></figure>').text, 'Talks resume');
});

test('an empty document gives empty text, no blocks and no title', () => {
  assert.deepEqual(extractArticle(''), { text: '', blocks: [], title: null });
});

test('falls back to <title> when the page has no <h1>', () => {
  assert.equal(extractArticle(page(`<p>${P1}</p>`)).title, 'Mexico and Peru | Example News');
});

test('decodes entities and collapses whitespace inside a paragraph', () => {
  const out = extractArticle(page(`<p>Relations   between Lima &amp; Mexico&nbsp;City\n\n worsened in 2023, officials on both sides said in separate statements.</p>`));
  assert.equal(out.text, 'Relations between Lima & Mexico City worsened in 2023, officials on both sides said in separate statements.');
});

test('a 1 MB page of nothing but links completes and yields no body', () => {
  const html = `<html><body>${'<a href="/section/item">Another section link</a> '.repeat(22_000)}</body></html>`;
  assert.ok(html.length > 1_000_000);
  assert.equal(extractArticle(html).text, '');
});

test('a 1 MB page of whitespace completes and yields no body', () => {
  assert.equal(extractArticle(`<html><body>${' \n\t'.repeat(350_000)}</body></html>`).text, '');
});

test('deeply nested unclosed elements complete', () => {
  const out = extractArticle(`${'<div>'.repeat(20_000)}<p>${P1}</p>${'</span>'.repeat(1000)}`);
  assert.equal(out.text, P1);
});
