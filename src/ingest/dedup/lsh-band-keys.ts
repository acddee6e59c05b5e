import { SIGNATURE_SIZE } from './minhash.js';

// 32 bands of 4 rows: two documents share a band key with probability 1-(1-J^4)^32, about 0.87
// at Jaccard 0.5 and 0.998 at 0.7, while texts below 0.2 rarely meet (they are then checked on
// the full signature anyway).
export const LSH_BANDS = 32;
const ROWS = SIGNATURE_SIZE / LSH_BANDS;

/**
 * One key per band: the band number in the high bits, a hash of the band's rows in the low 32
 * bits. Integers below 2^53, so SQLite indexes them as plain INTEGERs.
 */
export function lshBandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) {
      h = Math.imul(h ^ signature[band * ROWS + r]!, 0x01000193);
      h ^= h >>> 15;
    }
    keys.push(band * 0x1_0000_0000 + (h >>> 0));
  }
  return keys;
}
