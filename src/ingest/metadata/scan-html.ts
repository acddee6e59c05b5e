import { Parser } from 'htmlparser2';

/** One element whose class, id or itemprop suggests it holds a date, with its text. */
export interface DateElement {
  /** Tag name, e.g. `time`, `span`. */
  readonly tag: string;
  /** `class`, `id` and `itemprop` joined, lower case. */
  readonly hint: string;
  readonly text: string;
  /** `datetime`, `content` or `title` attribute when present. */
  readonly value: string | null;
  readonly itemprop: string | null;
  /** Inside a comment section, a sidebar, a footer or a teaser list. */
  readonly aside: boolean;
}

/** A line of visible page text and whether it sits in a sidebar, comment or teaser area. */
export interface PageLine {
  readonly text: string;
  readonly aside: boolean;
}

/** What the metadata readers need from a page, collected in one parse. */
export interface HtmlScan {
  readonly lang: string | null;
  readonly title: string | null;
  readonly h1: string | null;
  /** Meta tags keyed by lower-case name/property/itemprop/http-equiv, first value kept first. */
  readonly metas: ReadonlyMap<string, readonly string[]>;
  readonly canonical: string | null;
  readonly authorLinks: readonly string[];
  readonly jsonLd: readonly string[];
  readonly dateElements: readonly DateElement[];
  /** Visible text of the page, one entry per block element, in order (capped). */
  readonly lines: readonly PageLine[];
  /** Index in `lines` of the first `<h1>`, where the article usually starts; null without one. */
  readonly h1Line: number | null;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'option']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table',
  'section', 'article', 'header', 'footer', 'aside', 'nav', 'time', 'span', 'dd', 'dt', 'figure',
  'figcaption', 'blockquote', 'address', 'main', 'a',
]);
const DATE_HINT = /date|time|publi|posted|datum|fecha|byline|dateline|meta|stamp|info|author|zeit/;
const ASIDE_TAG = new Set(['aside', 'nav']);
// A class or id token naming a comment area, a sidebar or a teaser list. Layout tokens such as
// `no-sidebar`, `has-sidebar` or `category-kommentar` describe the page, not the element.
const ASIDE_TOKEN = /(?:^|[-_])(?:comments?|commentlist|comment-list|related|sidebar|teasers?|recommend\w*|popular|trending|newslist|news-list|reply|respond)(?:[-_]|$)/;
const LAYOUT_TOKEN = /^(?:no|has|with|w|left|right|category|tag|single|layout|page)[-_]|--w?sidebar|^(?:post|entry)-comments?-(?:open|closed)$|date|time/;
// Containers too large for their first date to be about them.
const NO_CAPTURE = new Set(['html', 'body', 'main', 'article', 'section', 'ul', 'ol', 'table', 'form', 'header', 'footer']);
const MAX_LINES = 4000;
const NO_HINT = '  ';
const MAX_CAPTURE = 300;

interface Open {
  readonly tag: string;
  readonly capture: { tag: string; hint: string; text: string; value: string | null; itemprop: string | null; aside: boolean } | null;
  /** Set by this element or inherited; cleared when the headline turns out to be inside. */
  aside: boolean;
  readonly skip: boolean;
}

/** Reads a page once and keeps the parts the metadata readers look at. */
export function scanHtml(html: string): HtmlScan {
  const metas = new Map<string, string[]>();
  const jsonLd: string[] = [];
  const dateElements: DateElement[] = [];
  const lines: PageLine[] = [];
  let h1Line: number | null = null;
  const authorLinks: string[] = [];
  const stack: Open[] = [];
  // The open elements that capture text, kept apart so each text node visits only them.
  let captures = 0;
  let lang: string | null = null;
  let title: string | null = null;
  let h1: string | null = null;
  let canonical: string | null = null;
  let line = '';
  let inTitle = false;
  let inH1 = false;
  let h1Text = '';
  let titleText = '';
  let jsonLdText: string | null = null;

  const flush = () => {
    if (!line) return;
    const t = line.replace(/\s+/g, ' ').trim();
    if (t && lines.length < MAX_LINES) lines.push({ text: t, aside: stack[stack.length - 1]?.aside ?? false });
    line = '';
  };
  const addMeta = (key: string, value: string) => {
    const list = metas.get(key);
    if (list) list.push(value);
    else metas.set(key, [value]);
  };

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const parent = stack[stack.length - 1];
        const skip = (parent?.skip ?? false) || SKIP.has(tag);
        // Most tags carry none of the three: their (blank) hint matches no rule.
        const hint = attrs.class || attrs.id || attrs.itemprop ? `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.itemprop ?? ''}`.toLowerCase() : NO_HINT;
        let aside = (parent?.aside ?? false) || ASIDE_TAG.has(tag) || (hint.length > 2 && tag !== 'body' && isAsideHint(hint));
        if (tag === 'h1' && h1 === null && !skip) {
          // Whatever holds the headline is the article, whatever its class says ("sidebar_content").
          for (const open of stack) open.aside = false;
          aside = false;
        }
        if (tag === 'html' && attrs.lang) lang = attrs.lang;
        if (tag === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'] ?? '').toLowerCase().trim();
          const content = attrs.content ?? attrs.datetime ?? attrs.value;
          if (key && content !== undefined) addMeta(key, content.trim());
          if (attrs.itemprop && attrs.content) {
            dateElements.push({ tag, hint, text: '', value: attrs.content, itemprop: attrs.itemprop.toLowerCase(), aside });
          }
          return;
        }
        if (tag === 'link') {
          const rel = (attrs.rel ?? '').toLowerCase();
          if (rel === 'canonical' && attrs.href && !canonical) canonical = attrs.href;
          if (rel === 'author' && attrs.href) authorLinks.push(attrs.href);
          return;
        }
        if (tag === 'script' && /ld\+json/i.test(attrs.type ?? '')) jsonLdText = '';
        if (tag === 'title' && title === null) inTitle = true;
        if (BLOCK.has(tag)) flush();
        if (tag === 'h1' && h1 === null && !skip) {
          inH1 = true;
          h1Line = lines.length;
        }
        const value = attrs.datetime ?? (tag === 'abbr' ? attrs.title : undefined) ?? attrs.content ?? null;
        const wantsCapture = !skip && !NO_CAPTURE.has(tag) && (tag === 'time' || DATE_HINT.test(hint) || value !== null && /date/.test(hint));
        const capture = wantsCapture
          ? { tag, hint, text: '', value, itemprop: attrs.itemprop?.toLowerCase() ?? null, aside }
          : null;
        if (capture) captures++;
        stack.push({ tag, capture, aside, skip });
      },
      ontext(data) {
        if (jsonLdText !== null) {
          jsonLdText += data;
          return;
        }
        if (inTitle) titleText += data;
        const top = stack[stack.length - 1];
        if (top?.skip) return;
        if (inH1) h1Text += data;
        line += data;
        if (captures > 0) {
          for (const open of stack) {
            if (open.capture && open.capture.text.length < MAX_CAPTURE) open.capture.text += data;
          }
        }
      },
      onclosetag(tag) {
        if (tag === 'script' && jsonLdText !== null) {
          jsonLd.push(jsonLdText);
          jsonLdText = null;
        }
        if (tag === 'title' && inTitle) {
          inTitle = false;
          title = clean(titleText);
        }
        if (tag === 'h1' && inH1) {
          inH1 = false;
          h1 = clean(h1Text);
        }
        if (BLOCK.has(tag)) flush();
        // Pop up to and including the matching open tag (htmlparser2 closes implied tags for us).
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]!.tag !== tag) continue;
          const closed = stack.splice(i);
          for (const open of closed.reverse()) {
            const c = open.capture;
            if (c) captures--;
            if (c) dateElements.push({ ...c, text: clean(c.text) ?? '', aside: open.aside });
          }
          break;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { lang, title, h1, metas, canonical, authorLinks, jsonLd, dateElements, lines, h1Line };
}

function isAsideHint(hint: string): boolean {
  for (const token of hint.split(/\s+/)) {
    if (token && ASIDE_TOKEN.test(token) && !LAYOUT_TOKEN.test(token)) return true;
  }
  return false;
}

function clean(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  return t || null;
}
