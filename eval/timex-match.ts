// TempEval-3 Task A scoring: spans match when they overlap (one to one, in text order).
export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

export interface TimexScore {
  gold: number;
  system: number;
  matched: number;
  valueRight: number;
}

export function emptyScore(): TimexScore {
  return { gold: 0, system: 0, matched: 0, valueRight: 0 };
}

/** Adds one document's counts to `score`; returns the matched pairs. */
export function scoreTimexes(gold: readonly ScoredTimex[], system: readonly ScoredTimex[], score: TimexScore): [ScoredTimex, ScoredTimex][] {
  const g = [...gold].sort((a, b) => a.start - b.start);
  const s = [...system].sort((a, b) => a.start - b.start);
  const pairs: [ScoredTimex, ScoredTimex][] = [];
  let i = 0;
  let j = 0;
  while (i < g.length && j < s.length) {
    const a = g[i] as ScoredTimex;
    const b = s[j] as ScoredTimex;
    if (a.start < b.end && b.start < a.end) {
      pairs.push([a, b]);
      i++;
      j++;
    } else if (a.end <= b.start) i++;
    else j++;
  }
  score.gold += g.length;
  score.system += s.length;
  score.matched += pairs.length;
  score.valueRight += pairs.filter(([a, b]) => a.value === b.value).length;
  return pairs;
}

export function figures(score: TimexScore): { precision: number; recall: number; f1: number; valueAccuracy: number; valueF1: number } {
  const precision = score.system ? score.matched / score.system : 0;
  const recall = score.gold ? score.matched / score.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const valueAccuracy = score.matched ? score.valueRight / score.matched : 0;
  return { precision, recall, f1, valueAccuracy, valueF1: valueAccuracy * f1 };
}
