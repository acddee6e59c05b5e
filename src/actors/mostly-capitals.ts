// Whether a sentence is mostly capitals: a headline written in capitals makes "US" or "IT" unsafe.

/**
 * Whether over 60% of the ASCII letters between `start` and `end` are capitals. The count stops as
 * soon as the rest of the text could no longer tip it (even all capitals from there on would leave
 * the share below 60%): ordinary sentences are decided about halfway, and the finder asks this of
 * most sentences that name an acronym.
 */
export function mostlyCapitals(text: string, start: number, end: number): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
    // (upper + rest) / (letters + rest) < 3/5 in whole numbers: the share can only end lower.
    if ((i & 31) === 31) {
      const rest = end - i - 1;
      if ((upper + rest) * 5 < (letters + rest) * 3) return false;
    }
  }
  return (letters ? upper / letters : 0) > 0.6;
}
