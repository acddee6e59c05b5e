import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from './parse-feed.js';

const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Desk</title><link>https://news.example/</link>
<item>
  <title>Chile reopens consulate</title>
  <link>https://news.example/2021/03/04/chile</link>
  <pubDate>Thu, 04 Mar 2021 09:30:00 +0000</pubDate>
  <dc:creator>R. Vidal</dc:creator>
  <description>Short teaser</description>
  <content:encoded><![CDATA[<p>Chile reopened its consulate in La Paz on Wednesday.</p>]]></content:encoded>
</item>
<item>
  <title>Second &amp; last</title>
  <link>https://news.example/2021/03/05/peru</link>
  <description>&lt;p&gt;Peru recalled its ambassador.&lt;/p&gt;</description>
</item>
</channel></rss>`;

test('reads RSS 2.0 items with link, date, author and the fullest body', () => {
  const feed = parseFeed(rss);
  assert.equal(feed.error, null);
  assert.equal(feed.items.length, 2);
  const [first, second] = feed.items;
  assert.equal(first!.title, 'Chile reopens consulate');
  assert.equal(first!.link, 'https://news.example/2021/03/04/chile');
  assert.equal(first!.published, 'Thu, 04 Mar 2021 09:30:00 +0000');
  assert.equal(first!.author, 'R. Vidal');
  assert.equal(first!.body, '<p>Chile reopened its consulate in La Paz on Wednesday.</p>');
  assert.equal(first!.line, 4);
  assert.equal(second!.title, 'Second & last');
  assert.equal(second!.body, '<p>Peru recalled its ambassador.</p>');
});

test('reads Atom entries: alternate link, published date, author name, xhtml content', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title type="html">Norway &lt;b&gt;upgrades&lt;/b&gt; office</title>
<link rel="self" href="https://wire.example/self/1"/><link href="https://wire.example/a/1"/>
<updated>2020-02-02T00:00:00Z</updated><published>2020-01-31T08:00:00Z</published>
<author><name>Ingrid Berg</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Oslo &amp; Ramallah agreed.</p></div></content>
</entry>
<entry><title>Plain</title><summary type="text">Only a summary here.</summary></entry></feed>`;
  const feed = parseFeed(atom);
  assert.equal(feed.error, null);
  const [entry, plain] = feed.items;
  assert.equal(entry!.title, 'Norway upgrades office');
  assert.equal(entry!.link, 'https://wire.example/a/1');
  assert.equal(entry!.published, '2020-01-31T08:00:00Z');
  assert.equal(entry!.author, 'Ingrid Berg');
  assert.match(entry!.body, /<p>Oslo &amp; Ramallah agreed\.<\/p>/);
  assert.equal(entry!.bodyFormat, 'html');
  assert.equal(plain!.bodyFormat, 'text');
  assert.equal(plain!.body, 'Only a summary here.');
});

test('a truncated feed keeps the complete items and reports the fault with a line', () => {
  const cut = rss.slice(0, rss.indexOf('<description>&lt;p'));
  const feed = parseFeed(cut);
  assert.equal(feed.items.length, 1);
  assert.ok(feed.error);
  assert.match(feed.error.reason, /never closed/);
  assert.ok(feed.error.line >= 1);
});

test('an XML file that is not a feed is an error, not an empty feed', () => {
  const feed = parseFeed('<?xml version="1.0"?><catalog><book>x</book></catalog>');
  assert.equal(feed.items.length, 0);
  assert.match(feed.error?.reason ?? '', /not an RSS or Atom feed/);
});

test('a text summary does not make the entry HTML content plain text', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title>
<summary type="text">Short.</summary><content type="html">&lt;p&gt;Full body.&lt;/p&gt;</content></entry></feed>`;
  const [entry] = parseFeed(atom).items;
  assert.equal(entry!.body, '<p>Full body.</p>');
  assert.equal(entry!.bodyFormat, 'html');
});
