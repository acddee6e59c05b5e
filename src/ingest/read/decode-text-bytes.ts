import { decodeUtf8Lenient } from './decode-utf8-lenient.js';
import { decodeWindows1252 } from './decode-windows-1252.js';

// Bytes to text for files that carry no charset declaration: BOM first, then UTF-16 by the
// pattern of zero bytes, then strict UTF-8, and windows-1252 (the web's "Latin-1") when the bytes
// are not valid UTF-8.

export type BomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export function detectBom(bytes: Uint8Array): BomEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: mostly-ASCII text leaves every other byte zero. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 2048) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** True when the bytes hold NUL bytes that no text encoding we read would produce. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (detectBom(bytes)?.startsWith('utf-16') || sniffUtf16(bytes)) return false;
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes with a known label, falling back to UTF-8 when the runtime does not know it. */
export function decodeWith(label: string, bytes: Uint8Array): string {
  if (label === 'windows-1252') return decodeWindows1252(bytes);
  if (label === 'utf-8') return decodeUtf8OrLatin(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

/** UTF-8, with windows-1252 for the bytes that are not valid UTF-8 (all of them in a Latin-1 file). */
export function decodeUtf8OrLatin(bytes: Uint8Array): string {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return decodeUtf8Lenient(bytes);
  }
}

/** Decodes a plain-text file (.txt, .md, JSONL) that has no charset declaration. */
export function decodeTextBytes(bytes: Uint8Array): string {
  const encoding = detectBom(bytes) ?? sniffUtf16(bytes);
  if (encoding) return decodeWith(encoding, bytes);
  return decodeUtf8OrLatin(bytes);
}
