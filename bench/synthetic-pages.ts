// Generated news pages for benches that must print figures without ../shared: page furniture
// (navigation, cookie banner, share bar, related links, comments, footer) around an article.

const WORDS = (
  'the minister said on tuesday that talks with the neighbouring government would resume next month after ' +
  'a dispute over fishing rights trade tariffs and the border crossing at the river delegations met in the ' +
  'capital to discuss a new treaty while opposition leaders accused the cabinet of conceding too much ' +
  'ambassador embassy consulate sanctions agreement summit parliament vote ceasefire envoy protest'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(next: () => number): string {
  const n = 8 + Math.floor(next() * 18);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(next() * WORDS.length)]);
  const s = words.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

function paragraph(next: () => number): string {
  const n = 2 + Math.floor(next() * 4);
  return Array.from({ length: n }, () => sentence(next)).join(' ');
}

function links(next: () => number, n: number): string {
  return Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">${sentence(next).slice(0, 40)}</a></li>`).join('');
}

/** `count` pages of roughly 30-120 KB each, the same for the same seed. */
export function makeSyntheticPages(count: number, seed = 7): string[] {
  const next = rng(seed);
  const pages: string[] = [];
  for (let p = 0; p < count; p++) {
    const paras = Array.from({ length: 6 + Math.floor(next() * 20) }, () => `<p>${paragraph(next)}</p>`).join('\n');
    const script = `<script>window.__state=${JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ i, s: sentence(next) })) })}</script>`;
    pages.push(`<!doctype html><html><head><title>${sentence(next)}</title>${script}<style>body{margin:0}</style></head><body>
<div id="cookie-banner"><p>${paragraph(next)}</p><button>Accept</button></div>
<header><nav class="menu"><ul>${links(next, 40)}</ul></nav></header>
<main><article><h1>${sentence(next)}</h1><p class="byline">By Staff Writer</p>
<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
<div class="article-body">${paras}<figure><img src="x.jpg"><figcaption>${sentence(next)}</figcaption></figure></div>
<aside class="related"><h3>Related</h3><ul>${links(next, 8)}</ul></aside></article>
<section id="comments">${Array.from({ length: 10 }, () => `<div class="comment"><p>${paragraph(next)}</p></div>`).join('')}</section></main>
<footer><ul>${links(next, 30)}</ul></footer></body></html>`);
  }
  return pages;
}
