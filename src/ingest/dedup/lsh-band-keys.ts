// 40 bands of 3 rows (120 of the signature's values): two documents share a band key with
// probability 1-(1-J^3)^40, about 0.93 at Jaccard 0.4 and 0.99 at 0.5, but only 0.04 at 0.1 and
// 0.005 at 0.05, so unrelated texts rarely become candidates (which are then checked on the full
// signature anyway).
export const LSH_BANDS = 40;
const ROWS = 3;

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
