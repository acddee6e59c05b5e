import { decodeEntities } from './decode-entities.js';

/** The article-level facts a page states in its JSON-LD blocks. */
export interface JsonLdFacts {
  readonly published: string | null;
  readonly modified: string | null;
  readonly headline: string | null;
  readonly author: string | null;
  /** `@type` of the node the facts came from. */
  readonly type: string | null;
}

const ARTICLE_TYPE = /article|posting|report|blog|news|webpage|creativework|review|recipe|event/i;

/** Walks every JSON-LD block (arrays, `@graph`, nested `mainEntity`) and keeps the most article-like node. */
export function readJsonLd(blocks: readonly string[]): JsonLdFacts | null {
  const nodes: Record<string, unknown>[] = [];
  for (const block of blocks) {
    const value = parseLenient(block);
    if (value !== undefined) collect(value, nodes, 0);
  }
  let best: { node: Record<string, unknown>; score: number } | null = null;
  for (const node of nodes) {
    const score = scoreNode(node);
    if (score > 0 && (!best || score > best.score)) best = { node, score };
  }
  if (!best) return null;
  const n = best.node;
  return {
    published: str(n.datePublished) ?? str(n.dateCreated) ?? str(n.uploadDate),
    modified: str(n.dateModified),
    headline: str(n.headline) ?? str(n.name),
    author: authorName(n.author) ?? authorName(n.creator),
    type: typeOf(n),
  };
}

function scoreNode(node: Record<string, unknown>): number {
  const type = typeOf(node) ?? '';
  let score = 0;
  if (str(node.datePublished) || str(node.dateCreated) || str(node.uploadDate)) score += 2;
  if (/newsarticle|reportage|blogposting|^article$|analysisnewsarticle|opinionnewsarticle/i.test(type)) score += 3;
  else if (ARTICLE_TYPE.test(type)) score += 1;
  if (/webpage|website|organization|breadcrumb/i.test(type)) score -= 1;
  return str(node.datePublished) || str(node.dateCreated) || str(node.uploadDate) || str(node.headline) ? score : 0;
}

function collect(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  out.push(node);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart']) {
    if (key in node) collect(node[key], out, depth + 1);
  }
}

function parseLenient(text: string): unknown {
  const t = text.trim().replace(/^<!--|-->$/g, '').replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, '').trim();
  if (!t) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    // Pages often break JSON with raw newlines inside strings or a trailing comma.
    try {
      return JSON.parse(t.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function typeOf(node: Record<string, unknown>): string | null {
  const t = node['@type'];
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.filter((x) => typeof x === 'string').join(',') || null;
  return null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return decodeEntities(v).replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && '@value' in v) return str((v as Record<string, unknown>)['@value']);
  return null;
}

function authorName(v: unknown): string | null {
  if (typeof v === 'string') return /^https?:/.test(v) ? null : v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(authorName).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return null;
}

