// Pages that hold no article: each must yield empty text, whatever furniture they carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract-article.js';

function shell(body: string): string {
  return `<!doctype html><html><head><title>World news</title></head><body>${body}</body></html>`;
}

const nav = `<nav><ul>${['Home', 'World', 'Americas', 'Europe', 'Asia', 'Business', 'Opinion', 'Sport']
  .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav>`;

const cases: Record<string, string> = {
  'a navigation-only page': shell(`${nav}<footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>`),
  'a cookie notice written as long sentences': shell(`${nav}<div class="consent-dialog"><p>This website uses cookies and similar technologies to store information on your device, measure how you use our pages, remember your preferences and show you advertising that may interest you, in line with our privacy policy.</p><p>You can change your choices at any time in the privacy settings at the bottom of each page, or refuse all optional cookies now.</p><button>Accept all</button></div>`),
  'a section front of headline cards': shell(`${nav}<div class="river">${[
    ['Chile and Argentina agree on a new border crossing', 'Officials from both countries signed the accord in Mendoza after two years of negotiations over the Andean pass.'],
    ['Kenya hosts regional talks on Sudan', 'Envoys from six states met in Nairobi to discuss a ceasefire plan that the African Union has backed since the spring.'],
    ['Norway restores aid to a Pacific nation', 'The foreign ministry said payments frozen last year would resume after an audit found the money had been spent as agreed.'],
    ['Japan and South Korea resume summits', 'The two leaders met in Tokyo for the first formal bilateral visit in more than a decade, their offices said.'],
  ].map(([h, b]) => `<div class="card"><h3><a href="/s">${h}</a></h3><p>${b}</p></div>`).join('')}</div>`),
  'a photo gallery of captions only': shell(`${nav}<div class="gallery">${[
    'Delegates arrive at the summit venue on the first morning of talks.',
    'The foreign ministers shake hands before the signing ceremony in the main hall.',
    'Protesters gather outside the conference centre behind a police line.',
  ].map((c) => `<figure><img src="p.jpg"><figcaption>${c} Photo: Agency photographer</figcaption></figure>`).join('')}</div>`),
  'a comment form alone': shell(`${nav}<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><p>Your email address will not be published. Required fields are marked and comments are moderated before they appear on the page.</p><label>Comment</label><textarea></textarea><button>Post Comment</button></form></div>`),
  'a subscription wall': shell(`${nav}<div class="paywall-prompt"><h2>Subscribe to continue reading</h2><p>Subscribe now for unlimited access to our reporting on every device, and get our newsletter delivered to your inbox each morning.</p><a href="/subscribe">Subscribe</a></div>`),
  'only scripts, styles and hidden text': shell(`<script>var story = "The envoy was recalled on Monday after a long dispute over trade.";</script><style>p { color: red }</style><div hidden><p>Hidden paragraph that a reader never sees on the rendered page of this site.</p></div><div style="display: none"><p>Another invisible paragraph that only exists for a script to reveal it later.</p></div>`),
};

for (const [name, html] of Object.entries(cases)) {
  test(`${name} yields no body`, () => {
    assert.equal(extractArticle(html).text, '');
  });
}
