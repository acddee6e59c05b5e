// The only way the app builds DOM: elements from tag names, text through text nodes. No HTML
// string ever reaches the page, so article text, titles and URLs cannot become markup.
export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  readonly [name: string]: string | number | boolean | null | undefined | EventListener;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(name.replace(/^on/, ''), value);
      continue;
    }
    // Links go through safeHref; no other attribute may carry a URL or an event handler.
    if (/^on/i.test(name) || name === 'srcdoc' || name === 'style') throw new Error(`refusing attribute ${name}`);
    if ((name === 'href' || name === 'src' || name === 'action') && !isSafeUrl(String(value))) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** In-app links (`#/...`) and http(s) URLs only; `javascript:`, `data:` and the rest are dropped. */
export function isSafeUrl(url: string): boolean {
  if (url.startsWith('#')) return true;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link to an article's original address, or plain text when the address is not http(s). */
export function externalLink(url: string | null, label: string): Node {
  if (url && /^https?:\/\//i.test(url) && isSafeUrl(url)) {
    return h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'external' }, label);
  }
  return h('span', { class: 'muted' }, url ? `${label} (address not shown: not an http(s) link)` : 'no original address');
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Text with `[`…`]` marks (search snippets) as text nodes and <mark> elements. */
export function marked(snippet: string, open = '[', close = ']'): Node {
  const out = document.createDocumentFragment();
  let rest = snippet;
  while (rest) {
    const a = rest.indexOf(open);
    const b = a >= 0 ? rest.indexOf(close, a + open.length) : -1;
    if (a < 0 || b < 0) {
      out.append(document.createTextNode(rest));
      break;
    }
    out.append(document.createTextNode(rest.slice(0, a)), h('mark', {}, rest.slice(a + open.length, b)));
    rest = rest.slice(b + close.length);
  }
  return out;
}
