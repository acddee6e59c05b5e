import type { Block, DocMeta } from '../../core/index.js';
import { classifyTextBlocks } from '../text/classify-text-blocks.js';
import { makePageView } from './page-view.js';
import type { PageView } from './page-view.js';
import { readJsonLd } from './read-json-ld.js';
import { findPublishedDate } from './find-published-date.js';
import { detectLanguage } from './detect-language.js';
import { findAuthor } from './find-author.js';
import { findTitle } from './find-title.js';

export interface MetadataInput {
  readonly html: string | null;
  /** The clean text (for datelines and "Published ..." lines, and language). */
  readonly text: string;
  readonly url: string | null;
  /** Today as `YYYY-MM-DD`: no publication date may be later (defaults to the clock, plus one day). */
  readonly today?: string;
  /** `classifyTextBlocks(text)` when the caller has it already (a text scrape): not computed twice. */
  readonly blocks?: readonly Block[];
}

// The readers look only at the top of the text: findDateLine at 12 lines, findAuthor at 8.
const LEADING_LINES = 12;

/** Title, publication date, author, language and canonical URL, with where each came from. */
export function extractMetadata(input: MetadataInput): DocMeta {
  const page: PageView | null = input.html ? makePageView(input.html) : null;
  const jsonLd = page ? readJsonLd(page.head.jsonLd) : null;
  const provenance: Record<string, string> = {};
  // Judging every line of the text is needed only for a title line, which most pages never use.
  let blocks = input.blocks;
  const textBlocks = () => (blocks ??= classifyTextBlocks(input.text));
  const textLines = leadingLines(input.text, LEADING_LINES);

  const pageText = () => page?.near().lines.map((l) => l.text).join('\n') ?? '';
  const lang = detectLanguage(input.text.trim() ? input.text : pageText(), page?.head.lang ?? null);
  provenance.language = lang.source;

  const title = findTitle(page, jsonLd, input.text, textBlocks);
  if (title) provenance.title = title.source;

  const author = findAuthor(page?.head ?? null, jsonLd, textLines);
  if (author) provenance.author = author.source;

  const url = canonicalUrl(page, input.url);
  if (url) provenance.url = url.source;

  const published = findPublishedDate({
    page,
    jsonLd,
    urls: [url?.value ?? null, input.url],
    textLines,
    dayFirst: dayFirst(lang.language, page?.head.lang ?? null, input.url),
    latest: input.today ?? tomorrow(),
  });
  if (published) provenance.published = published.source;

  return {
    title: title?.value ?? null,
    published: published?.date ?? null,
    author: author?.value ?? null,
    language: lang.language,
    url: url?.value ?? null,
    provenance,
  };
}

/** The first `count` non-blank lines, trimmed: the lines `classifyTextBlocks` would make of them. */
function leadingLines(text: string, count: number): string[] {
  const lines: string[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m && lines.length < count; m = re.exec(text)) {
    const line = m[0].trim();
    if (line) lines.push(line);
  }
  return lines;
}

function canonicalUrl(page: PageView | null, given: string | null): { value: string; source: string } | null {
  const candidates: [string | null | undefined, string][] = [
    [page?.head.canonical, 'link:canonical'],
    [page?.head.metas.get('og:url')?.[0], 'meta:og:url'],
  ];
  for (const [value, source] of candidates) {
    if (!value) continue;
    try {
      return { value: new URL(value, given ?? undefined).href, source };
    } catch {
      // A relative canonical with no base URL to resolve it against: try the next source.
    }
  }
  return given ? { value: given, source: 'input' } : null;
}

/** US English writes 06/12/2023 month first; almost everyone else day first. */
function dayFirst(language: string, htmlLang: string | null, url: string | null): boolean {
  if (language !== 'en') return true;
  if (htmlLang && /^en-(gb|au|nz|ie|in|za)/i.test(htmlLang)) return true;
  if (!url) return false;
  return /^https?:\/\/[^/]+\.(uk|au|nz|ie|in|za)(?:[:/]|$)/i.test(url) || /\/en-(gb|au|nz|ie|in|za)\//i.test(url);
}

function tomorrow(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}
