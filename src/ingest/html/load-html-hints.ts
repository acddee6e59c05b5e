import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const hintsFileSchema = z.object({
  negativeSubstrings: z.array(z.string().min(2)),
  negativeWords: z.array(z.string().regex(/^[a-z0-9]+$/)),
  inlineSkipSubstrings: z.array(z.string().min(3)),
  positiveSubstrings: z.array(z.string().min(3)),
  positiveWords: z.array(z.string().regex(/^[a-z0-9]+$/)),
  boilerplateLines: z.array(z.string().min(1)),
  boilerplateAnywhere: z.array(z.string().min(1)),
});

export type HtmlHintsFile = z.infer<typeof hintsFileSchema>;

/** The compiled form the extractor uses: one test per family instead of loops over lists. */
export interface HtmlHints {
  /** True when an element's lower-cased id/class text marks it as boilerplate. */
  readonly isNegative: (attrText: string) => boolean;
  /** True when an inline element (a hover card, a screen-reader label) holds no sentence text. */
  readonly isInlineSkip: (attrText: string) => boolean;
  /** 2 for names that say "article body" outright, 1 for generic ones ("content", "story"), else 0. */
  readonly positiveLevel: (attrText: string) => 0 | 1 | 2;
  /** True when a short line is a prompt, label, credit or dateline rather than body. */
  readonly isBoilerplateLine: (line: string) => boolean;
  /** True when a short block holds a call to action anywhere in it ("sign up for our newsletter"). */
  readonly hasBoilerplatePhrase: (block: string) => boolean;
}

export const htmlHintsUrl = new URL('../../../data/boilerplate/html-hints.yaml', import.meta.url);

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordsOrSubstrings(substrings: readonly string[], words: readonly string[]): RegExp {
  const parts: string[] = [];
  if (substrings.length) parts.push(`(?:${substrings.map(escape).join('|')})`);
  if (words.length) parts.push(`(?:^|[^a-z0-9])(?:${words.map(escape).join('|')})(?:$|[^a-z0-9])`);
  return new RegExp(parts.join('|') || '(?!)');
}

/**
 * One case-insensitive test over many patterns. Patterns with Unicode property escapes (`\p{Lu}`)
 * need the `u` flag, which makes V8's case-insensitive matching several times slower, so only
 * they get it.
 */
function compilePatterns(patterns: readonly string[], anchored: boolean): (text: string) => boolean {
  const join = (list: readonly string[], flags: string): RegExp | null =>
    list.length ? new RegExp(`${anchored ? '^' : ''}(?:${list.map((l) => `(?:${l})`).join('|')})`, flags) : null;
  const unicode = join(patterns.filter((p) => p.includes('\\p{')), 'iu');
  const plain = join(patterns.filter((p) => !p.includes('\\p{')), 'i');
  return (text) => (plain?.test(text) ?? false) || (unicode?.test(text) ?? false);
}

/** Parses and validates the hints file; throws with the zod message when it is malformed. */
export function parseHtmlHints(source: string): HtmlHintsFile {
  return hintsFileSchema.parse(parse(source));
}

export function compileHtmlHints(file: HtmlHintsFile): HtmlHints {
  const negative = wordsOrSubstrings(file.negativeSubstrings, file.negativeWords);
  const inlineSkip = wordsOrSubstrings(file.inlineSkipSubstrings, []);
  const strong = wordsOrSubstrings(file.positiveSubstrings, []);
  const weak = wordsOrSubstrings([], file.positiveWords);
  const lines = compilePatterns(file.boilerplateLines, true);
  const anywhere = compilePatterns(file.boilerplateAnywhere, false);
  return {
    isNegative: (text) => negative.test(text),
    isInlineSkip: (text) => inlineSkip.test(text),
    positiveLevel: (text) => (strong.test(text) ? 2 : weak.test(text) ? 1 : 0),
    isBoilerplateLine: (line) => lines(line),
    hasBoilerplatePhrase: (block) => anywhere(block),
  };
}

let cached: HtmlHints | null = null;

/** The shipped hints, read and compiled once. */
export function loadHtmlHints(): HtmlHints {
  cached ??= compileHtmlHints(parseHtmlHints(readFileSync(htmlHintsUrl, 'utf8')));
  return cached;
}

/** Build-time check: the file parses, every pattern compiles, no entry is listed twice. */
export function checkHtmlHints(source: string): string[] {
  let file: HtmlHintsFile;
  try {
    file = parseHtmlHints(source);
  } catch (error) {
    return [`html-hints.yaml: ${error instanceof Error ? error.message : String(error)}`];
  }
  const problems: string[] = [];
  for (const [name, list] of Object.entries(file)) {
    const seen = new Set<string>();
    for (const entry of list) {
      if (seen.has(entry)) problems.push(`html-hints.yaml: ${name}: '${entry}' is listed twice`);
      seen.add(entry);
    }
  }
  for (const line of [...file.boilerplateLines, ...file.boilerplateAnywhere]) {
    try {
      new RegExp(line, line.includes('\\p{') ? 'iu' : 'i');
    } catch (error) {
      problems.push(`html-hints.yaml: '${line}' does not compile: ${String(error)}`);
    }
  }
  return problems;
}

/** The build step's check of data/boilerplate/html-hints.yaml (registered in scripts/data-checks.ts). */
export const htmlHintsCheck = {
  name: 'boilerplate/html-hints',
  async run(): Promise<readonly string[]> {
    return checkHtmlHints(readFileSync(htmlHintsUrl, 'utf8'));
  },
};
