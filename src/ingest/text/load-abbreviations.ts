import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const Lists = z.object({ never: z.array(z.string().min(1)), may: z.array(z.string().min(1)) });
const AbbreviationsSchema = z.record(z.string().regex(/^[a-z]{2}$/), Lists);

export interface Abbreviations {
  /** Never end a sentence ("Mr.", "Gen.", "U.S."). */
  readonly never: ReadonlySet<string>;
  /** May end a sentence when a capitalised word follows ("Inc.", "etc.", "p.m."). */
  readonly may: ReadonlySet<string>;
}

export const abbreviationsUrl = new URL('../../../data/ingest/abbreviations.yaml', import.meta.url);

let merged: Abbreviations | null = null;

/** Abbreviations of every language merged: a text in one language quotes names from others. */
export function loadAbbreviations(): Abbreviations {
  if (!merged) {
    const data = AbbreviationsSchema.parse(parse(readFileSync(abbreviationsUrl, 'utf8')));
    const never = new Set<string>();
    const may = new Set<string>();
    for (const lists of Object.values(data)) {
      for (const a of lists.never) never.add(a);
      for (const a of lists.may) may.add(a);
    }
    // A word that may end a sentence in one language ("mar", the sea) is not blocked by another's list.
    for (const a of may) never.delete(a);
    merged = { never, may };
  }
  return merged;
}

/** Problems in the abbreviation lists, for the build-time data check. */
export function checkAbbreviations(): string[] {
  const parsed = AbbreviationsSchema.safeParse(parse(readFileSync(abbreviationsUrl, 'utf8')));
  if (!parsed.success) return [`abbreviations.yaml: ${parsed.error.message}`];
  const problems: string[] = [];
  for (const [lang, lists] of Object.entries(parsed.data)) {
    for (const a of [...lists.never, ...lists.may]) {
      if (a !== a.toLowerCase() || a.endsWith('.')) problems.push(`abbreviations.yaml: ${lang}: '${a}' must be lower case without a final period`);
    }
  }
  return problems;
}
