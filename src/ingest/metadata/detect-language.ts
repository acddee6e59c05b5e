import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const StopwordsSchema = z.record(z.string().regex(/^[a-z]{2}$/), z.array(z.string().min(1)).min(10));
export const stopwordsUrl = new URL('../../../data/ingest/stopwords.yaml', import.meta.url);

let lists: Map<string, Set<string>> | null = null;

function load(): Map<string, Set<string>> {
  if (!lists) {
    const data = StopwordsSchema.parse(parse(readFileSync(stopwordsUrl, 'utf8')));
    lists = new Map(Object.entries(data).map(([lang, words]) => [lang, new Set(words)]));
  }
  return lists;
}

/** Problems in the stopword lists, for the build-time data check. */
export function checkStopwords(): string[] {
  const r = StopwordsSchema.safeParse(parse(readFileSync(stopwordsUrl, 'utf8')));
  return r.success ? [] : [`stopwords.yaml: ${r.error.message}`];
}

export interface DetectedLanguage {
  readonly language: string;
  /** `text` when counted from the words, `html-lang` from the page, `default` otherwise. */
  readonly source: 'text' | 'html-lang' | 'default';
}

const MIN_HITS = 8;

/**
 * Tells the language by counting frequent function words in the first few thousand characters.
 * A clear count wins; otherwise the page's `<html lang>` is used; otherwise English.
 */
export function detectLanguage(text: string, htmlLang: string | null): DetectedLanguage {
  const declared = htmlLang ? /^[a-z]{2,3}/i.exec(htmlLang.trim())?.[0].toLowerCase() ?? null : null;
  const counts = new Map<string, number>();
  const words = text.slice(0, 5000).toLowerCase().match(/\p{L}+/gu) ?? [];
  const lists = [...load()];
  for (const w of words) {
    for (const [lang, set] of lists) if (set.has(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first && first[1] >= MIN_HITS && first[1] >= 1.5 * (second?.[1] ?? 0)) {
    return { language: first[0], source: 'text' };
  }
  if (declared) return { language: declared, source: 'html-lang' };
  if (first && first[1] >= 3 && first[1] > (second?.[1] ?? 0)) return { language: first[0], source: 'text' };
  return { language: 'en', source: 'default' };
}
