import { decodeTextBytes } from './decode-text-bytes.js';

export type InputFormat = 'html' | 'text' | 'jsonl' | 'feed';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  xml: 'feed',
  rss: 'feed',
  atom: 'feed',
};

/** The format a file name promises (`.gz` looked through), or null when the name says nothing. */
export function formatFromName(name: string): InputFormat | null {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  const dot = base.lastIndexOf('.');
  if (dot < 0 || base.lastIndexOf('/') > dot) return null;
  return BY_EXTENSION[base.slice(dot + 1)] ?? null;
}

/** True for names a directory walk should read. */
export function isReadableName(name: string): boolean {
  return formatFromName(name) !== null;
}

/** Guesses the format from the first bytes, for stdin and unknown extensions. */
export function sniffFormat(head: Buffer): InputFormat {
  const start = decodeTextBytes(head).replace(/^\uFEFF/, '').trimStart().slice(0, 2048);
  if (/^<\?xml/i.test(start)) return /<(rss|feed|rdf:RDF)\b/i.test(start) ? 'feed' : 'html';
  if (/^<(rss|feed|rdf:RDF)\b/i.test(start)) return 'feed';
  if (start.startsWith('<')) return 'html';
  if (start.startsWith('{') || start.startsWith('[')) return 'jsonl';
  return 'text';
}
