// Typed loader for data/time/<lang>.yaml: month, weekday, season and holiday names, number words.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const holidaySchema = z
  .object({
    names: z.array(z.string().min(1)).min(1),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    weekday: z.number().int().min(1).max(7).optional(),
    nth: z.number().int().min(-1).max(5).optional(),
    easter: z.number().int().optional(),
  })
  .refine((h) => h.easter !== undefined || (h.month !== undefined && (h.day !== undefined || h.weekday !== undefined)), {
    message: 'a holiday needs easter, month+day or month+weekday+nth',
  });

const unitSchema = z.object({
  letter: z.enum(['Y', 'Q', 'M', 'W', 'D', 'H', 'S']),
  factor: z.number().int().positive().optional(),
  time: z.boolean().optional(),
});

export const timeLexiconSchema = z.object({
  language: z.string().min(2),
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  weekdays: z.record(z.string(), z.number().int().min(1).max(7)),
  seasons: z.record(z.string(), z.enum(['SP', 'SU', 'FA', 'WI'])),
  partsOfDay: z.record(z.string(), z.enum(['MO', 'AF', 'EV', 'NI'])),
  holidays: z.array(holidaySchema),
  numbers: z.record(z.string(), z.number().int().positive()),
  vagueNumbers: z.array(z.string()),
  ordinals: z.record(z.string(), z.number().int()),
  units: z.record(z.string(), unitSchema),
  yearCues: z.array(z.string()),
  futureMarkers: z.array(z.string()),
  pastMarkers: z.array(z.string()),
  futureCues: z.array(z.string()).default([]),
});

export type TimeLexicon = z.infer<typeof timeLexiconSchema>;
export type Holiday = TimeLexicon['holidays'][number];
export type DurationUnit = TimeLexicon['units'][string];

export const timeLanguages = ['en', 'es'] as const;

function lexiconUrl(language: string): URL {
  return new URL(`../../data/time/${language}.yaml`, import.meta.url);
}

/** Reads and validates one language file; throws with the file name and the zod problems. */
export function readTimeLexicon(language: string): TimeLexicon {
  const url = lexiconUrl(language);
  const parsed = timeLexiconSchema.safeParse(parse(readFileSync(url, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`data/time/${language}.yaml: ${problems}`);
  }
  return parsed.data;
}

const cache = new Map<string, TimeLexicon>();

/** The lexicon for a language, loaded once; unknown languages fall back to English. */
export function timeLexicon(language = 'en'): TimeLexicon {
  const lang = (timeLanguages as readonly string[]).includes(language) ? language : 'en';
  let lexicon = cache.get(lang);
  if (!lexicon) {
    lexicon = readTimeLexicon(lang);
    cache.set(lang, lexicon);
  }
  return lexicon;
}

/** Problems in data/time, for scripts/data-checks.ts. */
export function checkTimeData(): string[] {
  const problems: string[] = [];
  for (const lang of timeLanguages) {
    try {
      const lex = readTimeLexicon(lang);
      if (lex.language !== lang) problems.push(`data/time/${lang}.yaml: language is ${lex.language}`);
      const seen = new Set<string>();
      for (const h of lex.holidays)
        for (const name of h.names) {
          if (seen.has(name)) problems.push(`data/time/${lang}.yaml: holiday name repeated: ${name}`);
          seen.add(name);
        }
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return problems;
}
