import type { HeadTags } from './read-head-tags.js';
import type { JsonLdFacts } from './read-json-ld.js';
import type { Found } from './find-title.js';

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author'];
const BYLINE = /^(?:[Bb]y|BY|[Pp]or|POR|[Vv]on|[Pp]ar)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|del|la|van|von|y|and|und)\s+)?\p{Lu}[\p{L}.'’-]*){0,4})\s*(?:[,|·•–—-]|$)/u;

/** The author: structured data, meta tags, then a "By Name" line near the top of the text. */
export function findAuthor(head: HeadTags | null, jsonLd: JsonLdFacts | null, textLines: readonly string[]): Found | null {
  if (jsonLd?.author) return { value: jsonLd.author, source: 'json-ld:author' };
  if (head) {
    for (const key of AUTHOR_META) {
      for (const v of head.metas.get(key) ?? []) {
        const value = v.replace(/\s+/g, ' ').trim();
        if (value && !/^https?:|^@|www\./i.test(value)) return { value: value.replace(/^by\s+/i, ''), source: `meta:${key}` };
      }
    }
  }
  for (const line of textLines.slice(0, 8)) {
    if (line.length > 120) continue;
    const m = BYLINE.exec(line.trim());
    if (m) return { value: m[1]!, source: 'text:byline' };
  }
  for (const line of textLines.slice(0, 8)) {
    const name = nameInMetaLine(line);
    if (name) return { value: name, source: 'text:meta-line' };
  }
  return null;
}

const META_LINE = /^(?:published|posted|publicado|veröffentlicht|updated)\b/i;
const PERSON = /^\p{Lu}[\p{Ll}'’-]+(?:[ -](?:(?:de|del|la|van|von|bin|al)[ -])?\p{Lu}[\p{Ll}'’-]+){1,3}$/u;

/** "Published 5 June 2023 · Americas · Ana Ruiz": the segment that reads as a person's name. */
function nameInMetaLine(line: string): string | null {
  if (line.length > 160 || !META_LINE.test(line.trim())) return null;
  const parts = line.split(/\s+[·|•]\s+/).slice(1).reverse();
  return parts.find((p) => PERSON.test(p.trim()))?.trim() ?? null;
}
