import { createHash } from 'node:crypto';

/** The body text as hashed: Unicode-normalised, whitespace collapsed, so re-wrapped copies match. */
export function normalizeBodyText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** sha256 (hex) of the normalised body text: equal hashes mean the same content. */
export function hashBodyText(text: string): string {
  return createHash('sha256').update(normalizeBodyText(text)).digest('hex');
}

/** A document's stable id, derived from its content hash. */
export function documentIdFor(contentHash: string): string {
  return contentHash.slice(0, 20);
}

/** The id of a copy whose body equals a stored one but which was read from another URL. */
export function copyIdFor(contentHash: string, url: string): string {
  return createHash('sha256').update(contentHash).update('\0').update(url).digest('hex').slice(0, 20);
}

/** sha256 of an input as read (format and content): the same input is recognised before cleaning. */
export function hashRawInput(format: string, content: string): string {
  return createHash('sha256').update(format).update('\0').update(content).digest('hex');
}
