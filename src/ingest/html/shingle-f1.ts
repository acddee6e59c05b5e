// The article-extraction metric of ../shared/README.md: 4-token shingles compared as multisets.

export interface ShingleCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface ShingleScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Pages that entered each mean. */
  readonly precisionPages: number;
  readonly recallPages: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SIZE = 4;

function shingleBag(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const bag = new Map<string, number>();
  for (let i = 0; i + SIZE <= tokens.length; i++) {
    // U+0001 cannot occur inside a token, so joined shingles never collide.
    const key = tokens.slice(i, i + SIZE).join('\u0001');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

/** tp = shared shingles (min of counts), fp = excess in the prediction, fn = excess in the truth. */
export function countShingles(predicted: string, truth: string): ShingleCounts {
  const pred = shingleBag(predicted);
  const gold = shingleBag(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of pred) {
    const m = gold.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of gold) fn += Math.max(0, m - (pred.get(key) ?? 0));
  return { tp, fp, fn };
}

/** Precision averaged over pages whose prediction has a shingle, recall over pages whose truth has one. */
export function scoreShingles(pages: readonly ShingleCounts[]): ShingleScore {
  let p = 0;
  let pn = 0;
  let r = 0;
  let rn = 0;
  for (const { tp, fp, fn } of pages) {
    if (tp + fp > 0) {
      p += tp / (tp + fp);
      pn++;
    }
    if (tp + fn > 0) {
      r += tp / (tp + fn);
      rn++;
    }
  }
  const precision = pn ? p / pn : 0;
  const recall = rn ? r / rn : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, precisionPages: pn, recallPages: rn };
}
