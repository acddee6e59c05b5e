import { estimateSimilarity } from './minhash.js';

/** Estimated Jaccard similarity of word shingles at or above which a text is the same article. */
export const NEAR_DUPLICATE_THRESHOLD = 0.4;

/** Texts with fewer shingles than this are too short to judge as near-duplicates (exact only). */
export const MIN_SHINGLES = 10;

export interface DuplicateCandidate {
  readonly id: string;
  readonly signature: Uint32Array;
}

/** The most similar candidate at or above the threshold (the earlier one on a tie), or null. */
export function pickNearDuplicate(
  signature: Uint32Array,
  candidates: readonly DuplicateCandidate[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): { readonly id: string; readonly similarity: number } | null {
  let best: { id: string; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = estimateSimilarity(signature, candidate.signature);
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { id: candidate.id, similarity };
  }
  return best;
}
