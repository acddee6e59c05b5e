// Text that must yield no body at all: each case is a scrape made only of page furniture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyTextBlocks } from './classify-text-blocks.js';

const bodyOf = (text: string) =>
  classifyTextBlocks(text)
    .filter((b) => b.role === 'body' || b.role === 'heading')
    .map((b) => text.slice(b.start, b.end));

const CASES: Record<string, string> = {
  'a cookie banner': 'We use cookies\nThis site uses cookies to analyse traffic. By continuing to use this site you agree.\nAccept all cookies\nCookie settings',
  'a newsletter box': 'Subscribe to our weekly newsletter\nEnter your email address\nThank you for subscribing!\nWe will never spam you.',
  'a comment form': 'Leave a Reply\nYour email address will not be published.\nRequired fields are marked *\nName *\nEmail *\nPost Comment',
  'share and follow buttons': 'Share this article\nFacebook\nTwitter\nWhatsApp\nFollow us on Instagram and TikTok',
  'photo captions with credits': 'Delegates arrive at the summit venue in Addis Ababa on Sunday. (Sam Lee / AFP via Getty Images)\nPhoto: Kim Jones/Reuters',
  'a related-articles list': 'Related articles\nRead more: the full timeline of the negotiations\nTe puede interesar',
  'Spanish prompts': 'Suscríbete a nuestro boletín\nUtilizamos cookies propias y de terceros.\nDeja un comentario\nTodos los derechos reservados',
  'a copyright footer': '© 2024 Example Media Group\nAll rights reserved.',
};

for (const [name, text] of Object.entries(CASES)) {
  test(`${name} yields no body`, () => {
    assert.deepEqual(bodyOf(text), []);
  });
}
