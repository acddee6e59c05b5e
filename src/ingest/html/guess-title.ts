/**
 * The headline: the longest `<h1>` that the `<title>` repeats ("Headline | Site"), else the first
 * `<h1>` of sentence length (a logo in an `<h1>` is one or two words), else the `<title>`.
 */
export function guessTitle(h1s: readonly string[], title: string | null): string | null {
  const lower = title?.toLowerCase() ?? '';
  let repeated: string | null = null;
  for (const h of h1s) {
    if (h.length >= 10 && h.length > (repeated?.length ?? 0) && lower.includes(h.toLowerCase())) repeated = h;
  }
  if (repeated) return repeated;
  for (const h of h1s) if (h.split(' ').length >= 4) return h;
  return title ?? h1s[0] ?? null;
}
