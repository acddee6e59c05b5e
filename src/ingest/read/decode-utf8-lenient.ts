import { decodeWindows1252 } from './decode-windows-1252.js';

const utf8 = new TextDecoder('utf-8');

/**
 * UTF-8 where valid, windows-1252 for each byte that is not: pages saved as UTF-8 with a few
 * Latin-1 bytes pasted in (an em dash, a non-breaking space) keep both instead of showing U+FFFD,
 * and a page that is all Latin-1 reads as Latin-1.
 */
export function decodeUtf8Lenient(bytes: Uint8Array): string {
  let out = '';
  let runStart = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += utf8.decode(bytes.subarray(runStart, i)) + decodeWindows1252(bytes.subarray(i, i + 1));
    i++;
    runStart = i;
  }
  return out + utf8.decode(bytes.subarray(runStart, n));
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0;
    if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const c = bytes[i + k]!;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return length;
}
