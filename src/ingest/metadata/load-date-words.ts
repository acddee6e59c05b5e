import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const DateWordsSchema = z.object({
  months: z.record(z.string(), z.array(z.array(z.string().min(1)).min(1)).length(12)),
  published: z.array(z.string().min(1)).min(1),
  modified: z.array(z.string().min(1)).min(1),
});

const DateMetaSchema = z.object({
  published: z.array(z.object({ key: z.string().min(1), rank: z.number().int().min(1) })).min(1),
  modified: z.array(z.string().min(1)),
});

export type DateWords = z.infer<typeof DateWordsSchema>;
export type DateMeta = z.infer<typeof DateMetaSchema>;

export const dateWordsUrl = new URL('../../../data/ingest/date-words.yaml', import.meta.url);
export const dateMetaUrl = new URL('../../../data/ingest/date-meta.yaml', import.meta.url);

let words: DateWords | null = null;
let meta: DateMeta | null = null;

/** Month names per language and the cue phrases for publication and update dates. */
export function loadDateWords(): DateWords {
  words ??= DateWordsSchema.parse(parse(readFileSync(dateWordsUrl, 'utf8')));
  return words;
}

/** The meta keys that carry publication (ranked) and modification dates. */
export function loadDateMeta(): DateMeta {
  meta ??= DateMetaSchema.parse(parse(readFileSync(dateMetaUrl, 'utf8')));
  return meta;
}

/** Problems in the date data files, for the build-time data check. */
export function checkDateData(): string[] {
  const problems: string[] = [];
  const w = DateWordsSchema.safeParse(parse(readFileSync(dateWordsUrl, 'utf8')));
  if (!w.success) problems.push(`date-words.yaml: ${w.error.message}`);
  else {
    const byName = new Map<string, number>();
    for (const [lang, months] of Object.entries(w.data.months)) {
      months.forEach((names, index) => {
        for (const name of names) {
          if (name !== name.toLowerCase()) problems.push(`date-words.yaml: ${lang} month '${name}' is not lower case`);
          const seen = byName.get(name);
          if (seen !== undefined && seen !== index) problems.push(`date-words.yaml: '${name}' names two different months`);
          byName.set(name, index);
        }
      });
    }
  }
  const m = DateMetaSchema.safeParse(parse(readFileSync(dateMetaUrl, 'utf8')));
  if (!m.success) problems.push(`date-meta.yaml: ${m.error.message}`);
  else {
    const keys = [...m.data.published.map((p) => p.key), ...m.data.modified];
    const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
    if (dup.length) problems.push(`date-meta.yaml: duplicate keys ${dup.join(', ')}`);
  }
  return problems;
}
