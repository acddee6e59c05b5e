import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlFragmentToText } from './html-fragment-text.js';

test('a feed item fragment becomes paragraphs; media, captions and the syndication footer go', () => {
  const html = `<h2>Border talks</h2><p>Guyana and Venezuela met in <a href="/x">Kingstown</a> on Thursday.</p>
<figure><img src="a.jpg"><figcaption>Delegates arrive (Photo: Wire)</figcaption></figure>
Both sides agreed&nbsp;to avoid force.<br>A further meeting is due in Brazil.
<script>track()</script><p>The post Border talks appeared first on Example News.</p>`;
  const { text, blocks } = htmlFragmentToText(html);
  assert.equal(
    text,
    'Border talks\n\nGuyana and Venezuela met in Kingstown on Thursday.\n\nBoth sides agreed to avoid force.\n\nA further meeting is due in Brazil.',
  );
  assert.deepEqual(blocks.map((b) => b.role), ['heading', 'body', 'body', 'body']);
  for (const b of blocks) assert.equal(text.slice(b.start, b.end).trim(), text.slice(b.start, b.end));
});

test('plain words without markup are one paragraph; nothing gives nothing', () => {
  assert.equal(htmlFragmentToText('Talks resumed on Friday.').text, 'Talks resumed on Friday.');
  assert.deepEqual(htmlFragmentToText('<img src="x"><script>1</script>'), { text: '', blocks: [] });
});
