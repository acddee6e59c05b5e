import type { Block, BlockRole } from '../../core/index.js';
import { findDateOnly } from '../metadata/find-date-only.js';
import { matchBoilerplateLine } from './match-boilerplate-line.js';
import { lineShape, isHeadingShape, isSpace } from './line-shape.js';
import type { LineShape } from './line-shape.js';
import { findTeaserTail } from './find-teaser-tail.js';

interface Line {
  readonly start: number;
  readonly end: number;
  readonly shape: LineShape;
  role: BlockRole;
  reason: string | null;
}

// How many pattern-matched lines make a closing run of short lines boilerplate as a whole.
const TAIL_MATCHES = 2;
const SHORT = 80;
const MAX_TRAILING = 5;

/**
 * Judges each line of a plain-text scrape: title, heading, body or boilerplate (with the id of
 * the rule that decided). Offsets point into the original text, which is never rewritten.
 */
export function classifyTextBlocks(text: string): Block[] {
  const lines = splitLines(text);
  if (lines.length === 0) return [];

  // One lower-casing for the whole text instead of one per line, when it keeps every offset.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  let separators = false;
  for (const line of lines) {
    const t = line.shape.text;
    const reason = (aligned ? matchBoilerplateLine(t, lower, line.start) : matchBoilerplateLine(t)) ?? (findDateOnly(t) ? 'dateline' : null);
    if (reason) mark(line, 'boilerplate', reason);
    if (reason === 'separator') separators = true;
  }
  markTitle(lines);
  // Teasers hang off separator lines: most texts have none, and then no teaser tail.
  if (separators) markTeasers(lines);
  markClosingRun(lines);
  markHeadings(lines);
  const blocks: Block[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    blocks[i] = { kind: 'block', role: l.role, start: l.start, end: l.end, reason: l.reason };
  }
  return blocks;
}

function markTeasers(lines: Line[]): void {
  const isSeparator = (i: number) => lines[i]!.reason === 'separator';
  const firstSentence = lines.findIndex((l) => l.role === 'body' && l.shape.sentenceEnd);
  const bodyBefore = (i: number) => firstSentence >= 0 && firstSentence < i;
  const teaser = findTeaserTail(lines.map((l) => l.shape), isSeparator, bodyBefore);
  if (teaser >= 0) for (const line of lines.slice(teaser)) if (line.reason !== 'separator') mark(line, 'boilerplate', 'teaser');
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    let start = from;
    from = end + 1;
    // The same characters String.prototype.trim removes.
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start < end) lines.push({ start, end, shape: lineShape(text.slice(start, end)), role: 'body', reason: null });
  }
  return lines;
}

function mark(line: Line, role: BlockRole, reason: string | null): void {
  line.role = role;
  line.reason = reason;
}

/** The first real line is the title when it is set in capitals or reads as a headline. */
function markTitle(lines: Line[]): void {
  const first = lines.findIndex((l) => l.role !== 'boilerplate');
  if (first < 0 || first > 2) return;
  const s = lines[first]!.shape;
  // A title needs an article under it: some later line that reads as a sentence.
  if (!hasSentenceAfter(lines, first)) return;
  // A wire dateline ("HAVANA (AP) --") is set in capitals too, but leads into the first sentence.
  const headline =
    (s.allCaps && !/(?:--|_|—|–)$/.test(s.text)) ||
    // (The word count last: it is the one test that reads the whole line.)
    (s.text.length <= 200 && !s.sentenceEnd && !s.openEnd && /^[^\p{L}\p{N}]{0,2}[\p{Lu}\p{N}]/u.test(s.text) && !/(?:--|_|—|–)$/.test(s.text) && s.words >= 2);
  if (headline) mark(lines[first]!, 'title', null);
}

function hasSentenceAfter(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.role !== 'boilerplate' && lines[k]!.shape.sentenceEnd) return true;
  return false;
}

/**
 * After the article, scrapes end with a run of prompts (newsletter, cookies, comment form).
 * When the closing run of short fragments holds enough recognised prompts, its unrecognised
 * fragments ("Name", "Email *", a form label) go with them. A sentence ends the run.
 */
function markClosingRun(lines: Line[]): void {
  let i = lines.length;
  let matched = 0;
  while (i > 0) {
    const l = lines[i - 1]!;
    if (l.role === 'boilerplate') matched++;
    else if (l.role === 'title' || l.shape.text.length > SHORT || (l.shape.sentenceEnd && l.shape.words > 3)) break;
    i--;
  }
  if (matched < TAIL_MATCHES) return;
  for (const line of lines.slice(i)) if (line.role === 'body') mark(line, 'boilerplate', 'closing-run');
}

/** Short headline-shaped lines with body after them are subheadings; with none after, fragments. */
function markHeadings(lines: Line[]): void {
  let lastBody = lines.length - 1;
  while (lastBody >= 0 && !(lines[lastBody]!.role === 'body' && !isHeadingShape(lines[lastBody]!.shape))) lastBody--;
  // A text with no sentence-like line at all (a list, a lone headline) is left as it is.
  if (lastBody < 0) return;
  // A few headline-like lines after the last paragraph are teasers or sign-offs; a long run of
  // them is a list that closes the article ("Qualified teams" and fourteen entries).
  let trailing = 0;
  for (let i = lastBody + 1; i < lines.length; i++) if (lines[i]!.role === 'body') trailing++;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.role !== 'body' || !isHeadingShape(line.shape)) continue;
    if (i > lastBody && trailing <= MAX_TRAILING && !/\d/.test(line.shape.text)) mark(line, 'boilerplate', 'trailing-fragment');
    else mark(line, 'heading', null);
  }
}
