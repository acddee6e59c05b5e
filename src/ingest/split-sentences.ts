import type { Span } from '../core/index.js';

// Words whose trailing period does not end a sentence. Kept small here; the ingest issue
// moves this to data/.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'maj', 'capt', 'sgt',
  'st', 'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
  'a.m', 'p.m', 'pres', 'sra', 'sr', 'lic', 'ing', 'dra',
]);

/** Splits `text[start, end)` into sentence spans. Abbreviations, initials and decimals do not split. */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  let sentenceStart = skipSpace(text, start, end);
  for (let i = sentenceStart; i < end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    // Closing quotes and brackets stay with their sentence.
    while (j < end && /["'”’)\]»]/.test(text[j]!)) j++;
    if (j < end && !/\s/.test(text[j]!)) continue;
    const next = skipSpace(text, j, end);
    if (next >= end) break;
    if (ch === '.' && !endsSentence(text, sentenceStart, i, next)) continue;
    spans.push({ start: sentenceStart, end: j });
    sentenceStart = next;
    i = next - 1;
  }
  const last = trimEnd(text, sentenceStart, end);
  if (last > sentenceStart) spans.push({ start: sentenceStart, end: last });
  return spans;
}

function endsSentence(text: string, sentenceStart: number, dot: number, next: number): boolean {
  let w = dot;
  while (w > sentenceStart && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{L}$/u.test(word)) return false; // an initial: "J. Smith"
  const following = text[next]!;
  // A lower-case continuation or a digit after the period means the sentence goes on.
  if (/[\p{Ll}0-9]/u.test(following)) return false;
  return true;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
