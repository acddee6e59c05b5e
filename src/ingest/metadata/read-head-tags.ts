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

/**
 * Reads `<meta>`, `<link rel=canonical>`, `<title>`, `<html lang>` and JSON-LD scripts by
 * scanning for their tags, so metadata costs a fraction of a full parse. Tags inside comments
 * may be read too; pages rarely comment out metadata.
 */
export function readHeadTags(html: string): HeadTags {
  const metas = new Map<string, string[]>();
  let canonical: string | null = null;
  for (const m of html.matchAll(/<(meta|link)\b([^>]*)>/gi)) {
    const attrs = readAttrs(m[2]!);
    if (m[1]!.toLowerCase() === 'meta') {
      const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? attrs.get('http-equiv') ?? '').toLowerCase().trim();
      const content = attrs.get('content') ?? attrs.get('datetime') ?? attrs.get('value');
      if (!key || content === undefined) continue;
      const list = metas.get(key);
      if (list) list.push(content.trim());
      else metas.set(key, [content.trim()]);
    } else if (!canonical && (attrs.get('rel') ?? '').toLowerCase() === 'canonical') {
      canonical = attrs.get('href') ?? null;
    }
  }
  const jsonLd: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi)) jsonLd.push(m[1]!);
  const titleMatch = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  const title = titleMatch ? decodeEntities(titleMatch[1]!.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim() || null : null;
  const htmlTag = /<html\b([^>]*)>/i.exec(html);
  const lang = htmlTag ? readAttrs(htmlTag[1]!).get('lang') ?? null : null;
  return { lang, title, metas, canonical, jsonLd };
}

function readAttrs(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}
