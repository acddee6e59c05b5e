import { Parser } from 'htmlparser2';

export interface FeedItem {
  /** 1-based position among the feed's items. */
  readonly index: number;
  /** Line of the item's opening tag. */
  readonly line: number;
  readonly title: string | null;
  readonly link: string | null;
  readonly published: string | null;
  readonly author: string | null;
  readonly body: string;
  readonly bodyFormat: 'html' | 'text';
}

export interface ParsedFeed {
  readonly items: readonly FeedItem[];
  /** Why the feed is malformed (items closed before the fault are still listed); null when well formed. */
  readonly error: { readonly reason: string; readonly line: number } | null;
}

const ITEM_TAGS = new Set(['item', 'entry']);
const BODY_PRIORITY = ['content:encoded', 'content', 'description', 'summary'];
const DATE_PRIORITY = ['pubdate', 'published', 'dc:date', 'issued', 'updated', 'modified'];

interface OpenItem {
  line: number;
  fields: Map<string, string>;
  link: string | null;
  /** Fields declared `type="text"` (Atom): plain text, not markup. */
  textFields: Set<string>;
}

/** Reads the items of an RSS 2.0 / RSS 1.0 or Atom feed. Never throws: faults become `error`. */
export function parseFeed(xml: string): ParsedFeed {
  const items: FeedItem[] = [];
  const stack: string[] = [];
  let error: ParsedFeed['error'] = null;
  let root: string | null = null;
  let ended = false;
  let item: OpenItem | null = null;
  // The item field being read, its depth, and the text (or rebuilt markup) collected so far.
  let field: { name: string; depth: number; parts: string[] } | null = null;
  let lineAt = 0;
  let line = 1;
  const lineOf = (index: number): number => {
    for (let i = lineAt; i < index; i++) if (xml.charCodeAt(i) === 10) line++;
    lineAt = Math.max(lineAt, index);
    return line;
  };
  const fail = (reason: string, index: number): void => {
    if (!error) error = { reason, line: lineOf(index) };
  };

  const parser = new Parser(
    {
      onopentag(rawName, attribs) {
        const name = rawName.toLowerCase();
        if (root === null) {
          root = name;
          if (name !== 'rss' && name !== 'feed' && name !== 'rdf:rdf') fail(`not an RSS or Atom feed (root <${rawName}>)`, parser.startIndex);
        }
        stack.push(name);
        if (field) {
          field.parts.push(openTagMarkup(rawName, attribs));
          return;
        }
        if (ITEM_TAGS.has(name) && !item) {
          item = { line: lineOf(parser.startIndex), fields: new Map(), link: null, textFields: new Set() };
          return;
        }
        if (!item) return;
        if (name === 'link' && attribs.href !== undefined) {
          const rel = attribs.rel ?? 'alternate';
          if (rel === 'alternate' && !item.link) item.link = attribs.href;
          return;
        }
        if (attribs.type === 'text') item.textFields.add(name);
        field = { name, depth: stack.length, parts: [] };
      },
      ontext(text) {
        if (field) field.parts.push(field.depth === stack.length ? text : escapeText(text));
      },
      onclosetag(rawName) {
        const name = rawName.toLowerCase();
        if (field && stack.length > field.depth) {
          field.parts.push(`</${rawName}>`);
        } else if (field && stack.length === field.depth) {
          const value = field.parts.join('').trim();
          if (item && value && !item.fields.has(field.name)) item.fields.set(field.name, value);
          field = null;
        } else if (item && ITEM_TAGS.has(name) && stack.length > 0) {
          if (!ended) items.push(finishItem(item, items.length + 1));
          item = null;
        }
        stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  // Self-closing tags also close "implied", so a fault is what is still open when the input ends.
  if (stack.length > 0) fail(`malformed XML: <${stack[stack.length - 1]}> is never closed`, xml.length);
  ended = true;
  parser.end();
  if (root === null) fail('not an RSS or Atom feed (no root element)', 0);
  return { items, error };
}

function finishItem(item: OpenItem, index: number): FeedItem {
  const pick = (names: readonly string[]): string | null => {
    for (const name of names) {
      const value = item.fields.get(name)?.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
      if (value) return value;
    }
    return null;
  };
  const bodyField = BODY_PRIORITY.find((name) => item.fields.get(name));
  const link = item.link ?? pick(['link', 'guid', 'id']);
  return {
    index,
    line: item.line,
    title: pick(['title']),
    link: link && /^https?:\/\//i.test(link) ? link : null,
    published: pick(DATE_PRIORITY),
    author: pick(['dc:creator', 'author', 'name']),
    body: bodyField ? item.fields.get(bodyField)! : '',
    bodyFormat: bodyField && item.textFields.has(bodyField) ? 'text' : 'html',
  };
}

function openTagMarkup(name: string, attribs: Record<string, string>): string {
  const attrs = Object.entries(attribs).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`);
  return `<${name}${attrs.join('')}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
