// A small charset-aware decoder for the gzipped evaluation pages (the production decoder lives in
// src/ingest/read/, owned by the reading stage; this one only serves the eval suites).
import { gunzipSync } from 'node:zlib';

const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252',
  'x-sjis': 'shift_jis', 'utf8': 'utf-8',
};

/** Decodes page bytes (gunzipping `.gz` first) using the BOM, `<meta charset>` or http-equiv. */
export function decodePageBytes(raw: Buffer, gzipped = true): string {
  const bytes = gzipped ? gunzipSync(raw) : raw;
  const label = sniffCharset(bytes);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function sniffCharset(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  if (!m) return 'utf-8';
  const label = m[1]!.toLowerCase();
  return ALIASES[label] ?? label;
}
