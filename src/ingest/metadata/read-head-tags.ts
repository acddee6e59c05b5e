import { decodeEntities } from './decode-entities.js';

/** The machine-readable tags of a page: cheap to find without parsing the whole document. */
export interface HeadTags {
  readonly lang: string | null;
  readonly title: string | null;
  /** `<meta>` values keyed by lower-case name/property/itemprop/http-equiv, in page order. */
  readonly metas: ReadonlyMap<string, readonly string[]>;
  readonly canonical: string | null;
  readonly jsonLd: readonly string[];
}

const ATTR = /([^\s=/>"']+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const TAG = /<(meta|link|script|title|html)\b([^>]*)>/gi;
const LD_JSON = /ld\+json/i;

/**
 * Reads `<meta>`, `<link rel=canonical>`, `<title>`, `<html lang>` and JSON-LD scripts in one scan
 * for their tags, so metadata costs a fraction of a full parse. Tags inside comments may be read
 * too; pages rarely comment out metadata.
 */
export function readHeadTags(html: string): HeadTags {
  const metas = new Map<string, string[]>();
  let canonical: string | null = null;
  const jsonLd: string[] = [];
  let title: string | null | undefined;
  let lang: string | null | undefined;
  // JSON-LD scripts are not looked for inside an earlier one's content.
  let scriptsFrom = 0;
  for (const m of html.matchAll(TAG)) {
    const tag = m[1]!.toLowerCase();
    const end = m.index + m[0].length;
    if (tag === 'meta') {
      const attrs = readAttrs(m[2]!);
      const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? attrs.get('http-equiv') ?? '').toLowerCase().trim();
      const content = attrs.get('content') ?? attrs.get('datetime') ?? attrs.get('value');
      if (!key || content === undefined) continue;
      const list = metas.get(key);
      if (list) list.push(content.trim());
      else metas.set(key, [content.trim()]);
    } else if (tag === 'link') {
      if (canonical) continue;
      const attrs = readAttrs(m[2]!);
      if ((attrs.get('rel') ?? '').toLowerCase() === 'canonical') canonical = attrs.get('href') ?? null;
    } else if (tag === 'script') {
      if (m.index < scriptsFrom || !LD_JSON.test(m[2]!)) continue;
      const close = closingTag(html, /<\/script\s*>/gi, end);
      if (!close) {
        scriptsFrom = Infinity;
        continue;
      }
      jsonLd.push(html.slice(end, close.start));
      scriptsFrom = close.end;
    } else if (tag === 'title') {
      if (title !== undefined) continue;
      const close = closingTag(html, /<\/title\s*>/gi, end);
      title = close ? decodeEntities(html.slice(end, close.start).replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim() || null : null;
    } else if (lang === undefined) {
      lang = readAttrs(m[2]!).get('lang') ?? null;
    }
  }
  return { lang: lang ?? null, title: title ?? null, metas, canonical, jsonLd };
}

function closingTag(html: string, re: RegExp, from: number): { start: number; end: number } | null {
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function readAttrs(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}
