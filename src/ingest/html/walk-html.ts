import { Tokenizer } from 'htmlparser2';

/** Receives a balanced stream of elements: every `open` is matched by exactly one `close`. */
export interface HtmlSink {
  open(tag: string, attrs: Readonly<Record<string, string>>): void;
  close(): void;
  text(text: string): void;
}

// Only the attributes the extractor reads are kept, which spares an object entry per attribute.
// For `href` and `hidden` only presence matters, so their values are not collected.
const WANTED_ATTRS: ReadonlySet<string> = new Set(['id', 'class', 'role', 'itemprop', 'style', 'hidden', 'href']);
const VALUE_ATTRS: ReadonlySet<string> = new Set(['id', 'class', 'role', 'itemprop', 'style']);

const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen',
]);

const P_CLOSERS = [
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'ul',
];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** For an opening tag, which elements on top of the stack it ends (an HTML author's omitted end tags). */
const IMPLIED_END: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ...P_CLOSERS.map((t): [string, ReadonlySet<string>] => [t, new Set(['p'])]),
  ...HEADINGS.map((t): [string, ReadonlySet<string>] => [t, new Set(['p', ...HEADINGS])]),
  ['li', new Set(['p', 'li'])],
  ['dt', new Set(['p', 'dt', 'dd'])],
  ['dd', new Set(['p', 'dt', 'dd'])],
  ['tr', new Set(['p', 'tr', 'td', 'th'])],
  ['td', new Set(['p', 'td', 'th'])],
  ['th', new Set(['p', 'td', 'th'])],
  ['thead', new Set(['p', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot'])],
  ['tbody', new Set(['p', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot'])],
  ['tfoot', new Set(['p', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['option', 'optgroup'])],
]);

/**
 * Deeper elements become siblings, as in browsers' parsers: keeps pathological nesting (a page of
 * 200,000 unclosed <div>s) from holding one frame per level in every consumer.
 */
const MAX_DEPTH = 512;

/** What may sit in <head>; anything else means the author left </head> out. */
const HEAD_TAGS: ReadonlySet<string> = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);

/**
 * Tokenizes HTML with htmlparser2's tokenizer and builds a balanced element stream with our own
 * stack. Every step is amortised O(1) — a per-tag count answers "is an <x> open?" — so deeply
 * nested or unbalanced markup stays linear, where a parser that scans its stack would not.
 */
export function walkHtml(html: string, sink: HtmlSink): void {
  const stack: string[] = [];
  const openCount = new Map<string, number>();
  let foreign = 0;
  let tagName = '';
  let attrs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';

  function push(tag: string): void {
    stack.push(tag);
    openCount.set(tag, (openCount.get(tag) ?? 0) + 1);
    if (tag === 'svg' || tag === 'math') foreign++;
  }
  function pop(): void {
    const tag = stack.pop();
    if (tag === undefined) return;
    openCount.set(tag, (openCount.get(tag) ?? 1) - 1);
    if (tag === 'svg' || tag === 'math') foreign--;
    sink.close();
  }
  function endOpenTag(selfClosing: boolean): void {
    const tag = tagName;
    if (stack[stack.length - 1] === 'head' && !HEAD_TAGS.has(tag)) pop();
    const ends = IMPLIED_END.get(tag);
    if (ends) while (stack.length && ends.has(stack[stack.length - 1])) pop();
    if (stack.length >= MAX_DEPTH) pop();
    push(tag);
    sink.open(tag, attrs);
    attrs = {};
    if (VOID_TAGS.has(tag) || (selfClosing && foreign > 0)) pop();
  }

  const tokenizer = new Tokenizer({ decodeEntities: true }, {
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase();
    },
    onattribname(start, end) {
      attrName = html.slice(start, end).toLowerCase();
      attrValue = '';
    },
    onattribdata(start, end) {
      if (VALUE_ATTRS.has(attrName)) attrValue += html.slice(start, end);
    },
    onattribentity(codepoint) {
      if (VALUE_ATTRS.has(attrName)) attrValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (WANTED_ATTRS.has(attrName) && !(attrName in attrs)) attrs[attrName] = attrValue;
    },
    onopentagend() {
      endOpenTag(false);
    },
    onselfclosingtag() {
      endOpenTag(true);
    },
    onclosetag(start, end) {
      const tag = html.slice(start, end).toLowerCase();
      // A stray end tag (nothing of that name open) is ignored, as browsers do.
      if ((openCount.get(tag) ?? 0) === 0) return;
      while (stack.length) {
        const top = stack[stack.length - 1];
        pop();
        if (top === tag) break;
      }
    },
    ontext(start, end) {
      sink.text(html.slice(start, end));
    },
    ontextentity(codepoint) {
      sink.text(String.fromCodePoint(codepoint));
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
    isInForeignContext: () => foreign > 0,
  });
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length) pop();
}
