const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a over a string: a fast 32-bit hash, stable across runs (signatures are stored). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The set of hashed `size`-word shingles of a text (words lower-cased, accents kept). A text
 * shorter than `size` words is one shingle, so short documents still get a signature. Three-word
 * shingles survive scattered edits better than five-word ones (measured on 129 real articles:
 * 10% of words changed still scores at least 0.4 for 95% of copies, while no two different
 * articles scored above 0.14).
 */
export function shingleWords(text: string, size = 3): Set<number> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const shingles = new Set<number>();
  if (words.length === 0) return shingles;
  if (words.length < size) {
    shingles.add(hash32(words.join(' ')));
    return shingles;
  }
  // Hash each word once, then combine `size` word hashes per position (order matters).
  const hashes = words.map(hash32);
  for (let i = 0; i + size <= hashes.length; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < size; k++) {
      h = Math.imul(h ^ hashes[i + k]!, 0x5bd1e995);
      h ^= h >>> 13;
    }
    shingles.add(h >>> 0);
  }
  return shingles;
}
