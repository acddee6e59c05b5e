import { decodeUtf8OrLatin, decodeWith, detectBom, sniffUtf16 } from './decode-text-bytes.js';

// How far into a page to look for a declaration. Browsers stop at 1024 bytes, but real pages put
// long scripts and styles before their <meta charset>, so look further.
const PRESCAN_BYTES = 16384;

// Labels a page may use for an encoding the runtime knows under another name. ISO-8859-1 and
// ASCII pages are decoded as windows-1252, as browsers do: it is a superset and real pages called
// "ISO-8859-1" often hold curly quotes from the 0x80-0x9F range.
const ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1252: 'windows-1252',
  utf8: 'utf-8',
};

/**
 * Decodes an HTML (or XML) page: a BOM wins, then `<meta charset>`, an HTTP-equiv Content-Type or
 * the XML declaration; an undeclared page is read as UTF-8 when valid, else windows-1252.
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const bom = detectBom(bytes);
  if (bom) return stripBom(decodeWith(bom, bytes));
  const utf16 = sniffUtf16(bytes);
  if (utf16) return stripBom(decodeWith(utf16, bytes));
  const declared = declaredCharset(bytes);
  if (declared) {
    // A page that says UTF-16 but was not UTF-16 above is ASCII-compatible: browsers read UTF-8.
    const label = declared.startsWith('utf-16') ? 'utf-8' : declared;
    // Pages that declare Latin-1 but were saved as UTF-8 are common; valid multi-byte UTF-8 almost
    // never occurs by chance in single-byte text, so it wins.
    if (label === 'windows-1252' && hasHighBytes(bytes)) return stripBom(decodeUtf8OrLatin(bytes));
    return stripBom(decodeWith(label, bytes));
  }
  return stripBom(decodeUtf8OrLatin(bytes));
}

/** The charset a page declares in its first bytes, normalised, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = (xml?.[1] ?? meta?.[1])?.toLowerCase();
  if (!label) return null;
  return ALIASES[label] ?? label;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
