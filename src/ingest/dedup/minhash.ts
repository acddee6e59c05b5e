// MinHash: for each of `count` hash functions keep the smallest hash over a document's shingles;
// the share of equal positions in two signatures estimates the Jaccard similarity of the sets.

export const SIGNATURE_SIZE = 128;

// Seeds from a fixed generator: signatures are stored, so the family must never change.
const SEEDS: Uint32Array = makeSeeds(SIGNATURE_SIZE, 0x5eed1e55);

/** The MinHash signature of a shingle set (all 0xffffffff for an empty set). */
export function minhashSignature(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(shingle ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** murmur3's 32-bit finaliser: a bijection, so each seed gives a different permutation. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function makeSeeds(count: number, seed: number): Uint32Array {
  // mulberry32
  const seeds = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    seeds[i] = (t ^ (t >>> 14)) >>> 0;
  }
  return seeds;
}
