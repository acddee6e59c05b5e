// The time expressions of an event's sentence that could date it, each scored by how closely it
// governs the event's clause (lower is closer). Text between the expression and the trigger is
// scanned in place: these run for every event and every expression of its sentence.
import type { Event, EventDate, Span, Timex } from '../core/index.js';
import type { DatingIndex } from './dating-index.js';
import { relativeClauseWithin } from './in-relative-clause.js';
import * as codes from './char-classes.js';

// Local bindings for the per-character loops: run under tsx (CommonJS output), every call
// of an imported function first goes through a getter.
const { isBlankCode, isAsciiWordCode } = codes;

/** "said on Tuesday that ...": the reporting verb right before the expression. */
const reportingJustBefore =
  /\b(?:announced|said|says|stated|declared|confirmed|told\s+\w+|reported|added|noted|tweeted|wrote|revealed|indicated|explained)\s+(?:on\s+|last\s+|this\s+)?$/i;
const reportedContent = /\b(?:that|it|they|would|will|to)\b/i;
/** "..., the ministry announced that, as of ...": the expression before it dates the announcement. */
const reportedClause = /\b(?:announced|said|stated|declared|confirmed|reported|revealed)\s+(?:that|it|they|on\b)/i;
const attaching = /\b(?:in|on|since|by|as of|during|until|from|at)\s+(?:the\s+)?$/i;
const headGapWords = /^\s+(?:(?!that\b|which\b|who\b)[\w-]+\s+){0,2}$/i;
const ofGap = /^\s+of\s+$/;
const sinceDeterminer = /\bsince\s+(?:the|its|their|his|her)\s+$/i;
const adjacentGap = /^\s*(?:,|on|in|at)?\s*$/i;
/** Words after a comma that open a new clause ("..., but ..."). */
const clauseWords = new Set(['but', 'while', 'which', 'who', 'whereas', 'although']);

export interface Candidate {
  readonly index: number;
  readonly timex: Timex;
  readonly date: EventDate;
  score: number;
  readonly announcement: boolean;
  /** "its 1967 borders": names a thing, used only when nothing else dates the event. */
  readonly modifier: boolean;
}

/** Does a comma at `comma` open a new clause (white space, then "but", "while", "which"...), inside `[.., to)`? */
function clauseComma(text: string, comma: number, to: number): boolean {
  let k = comma + 1;
  while (k < to && isBlankCode(text.charCodeAt(k))) k++;
  if (k === comma + 1) return false;
  // All of them start with "b", "w" or "a": most commas are ruled out before slicing a word.
  const first = text.charCodeAt(k);
  if (first !== 98 && first !== 119 && first !== 97) return false;
  let j = k;
  while (j < to && j - k <= 8 && isAsciiWordCode(text.charCodeAt(j))) j++;
  return j - k >= 3 && j - k <= 8 && clauseWords.has(text.slice(k, j));
}

/** Commas and clause breaks (semicolons, colons, brackets, dashes). */
const punctuation = /[,;:()\u2013\u2014]/g;

/**
 * What the punctuation between two offsets costs: 60 per clause break (semicolons, colons, dashes,
 * brackets, a comma before a new clause) and 20 per comma. The regex hops from mark to mark in
 * native code: until the JIT has optimized this, a loop over every character is the slower way.
 */
function punctuationCost(text: string, from: number, to: number): number {
  let cost = 0;
  punctuation.lastIndex = from;
  for (let m = punctuation.exec(text); m && m.index < to; m = punctuation.exec(text)) {
    cost += m[0] !== ',' ? 60 : clauseComma(text, m.index, to) ? 80 : 20;
  }
  return cost;
}

/** Does the expression at `at` open its clause: at most two words after the span start, `;`, `:` or a dash? */
function opensClause(text: string, from: number, at: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = at - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 59 || c === 58 || c === 8212 || c === 8211) break;
    if (isBlankCode(c)) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > 2) return false;
    }
  }
  return true;
}

/**
 * "its 1967 borders" names a thing; but "the April 2024 raid" dates the raid when the raid is the
 * event, and "since the April 2024 raid" dates the onset of a state that still holds.
 */
function describesAThing(index: DatingIndex, i: number, event: Event): boolean {
  if (!index.isNounModifier(i)) return false;
  const { text } = index;
  const timex = index.timex(i);
  if (event.trigger.start <= timex.start && timex.end <= event.trigger.end) return false;
  // The trigger heads the noun phrase: at most two words between ("the April 2024 forceable entry").
  if (event.trigger.start >= timex.end && headGapWords.test(text.slice(timex.end, event.trigger.start))) return false;
  // "the attack of October 7" dates the attack.
  if (event.trigger.end <= timex.start && ofGap.test(text.slice(event.trigger.end, timex.start))) return false;
  const lead = text.slice(Math.max(0, timex.start - 30), timex.start);
  return !(event.modality === 'ongoing' && sinceDeterminer.test(lead));
}

/**
 * What a timex's place in a sentence says whatever the event, shared by the events of that
 * sentence. Facts used only for timexes before the trigger are filled in on first need.
 */
interface Placement {
  readonly start: number;
  readonly end: number;
  /** After "in", "on", "since the"...: the expression attaches to a verb. */
  readonly attached: boolean;
  /** The comma-bounded relative clause holding the expression, if any. */
  readonly clause: Span | null;
  /** Does it open its clause ("In 1975, ...")? Null until first needed. */
  opensClause: boolean | null;
  /** Right after a reporting verb ("said on Tuesday")? Null until first needed. */
  reported: boolean | null;
}

/** The dating candidates of each event, with per-document memos of what does not depend on the event. */
export class CandidateFinder {
  private readonly placements: (Placement | undefined)[] = [];

  constructor(private readonly index: DatingIndex) {}

  private placement(i: number, span: Span): Placement {
    const known = this.placements[i];
    if (known && known.start === span.start && known.end === span.end) return known;
    const { text } = this.index;
    const at = this.index.timex(i).start;
    const made: Placement = {
      start: span.start,
      end: span.end,
      attached: attaching.test(text.slice(Math.max(span.start, at - 12), at)),
      clause: relativeClauseWithin(text, span.start, span.end, at),
      opensClause: null,
      reported: null,
    };
    this.placements[i] = made;
    return made;
  }

  /**
   * Is the timex in a relative clause about something other than the event? A clause opening right
   * after the trigger ("a request from Abbas, who wrote in November") describes the event itself.
   */
  private embeddedElsewhere(place: Placement, event: Event): boolean {
    const { clause } = place;
    if (!clause || (clause.start <= event.trigger.start && event.trigger.start < clause.end)) return false;
    const gap = clause.start - event.trigger.end;
    return !(gap >= 0 && gap <= 25);
  }

  private candidateAt(i: number, span: Span, event: Event): Candidate | null {
    const { index } = this;
    const date = index.dates[i];
    if (!date) return null;
    const { text } = index;
    const timex = index.timex(i);
    const place = this.placement(i, span);
    const before = timex.end <= event.trigger.start;
    const from = before ? timex.end : event.trigger.end;
    const to = before ? event.trigger.start : timex.start;
    let score = Math.max(0, to - from) + punctuationCost(text, from, to);
    if (place.attached) score -= 15;
    let announcement = false;
    if (before) {
      // A clause-opening adverbial ("In 1975, ...", "...: by Christmas, X had ...") governs its clause.
      place.opensClause ??= opensClause(text, span.start, timex.start);
      if (place.opensClause) score -= 50;
      // "announced on May 22 that it will recognise ... on May 28": the first date is the announcement's.
      place.reported ??= reportingJustBefore.test(text.slice(Math.max(span.start, timex.start - 30), timex.start));
      const between = text.slice(from, to);
      announcement = (place.reported && reportedContent.test(between)) || reportedClause.test(between);
    }
    const embedded = this.embeddedElsewhere(place, event);
    // "Brazil, which chairs the council this month, has pressed ...": the time of writing still
    // beats the narrative time; another clause's past date ("..., who is to be sworn in on Friday") does not.
    const holds = embedded && index.holdsPublication(i);
    if (holds) score += 1000;
    const modifier = (embedded && !holds) || describesAThing(index, i, event);
    return { index: i, timex, date, score, announcement, modifier };
  }

  /** The candidates of the event's sentence `span`, closest first. */
  candidatesIn(span: Span, event: Event): Candidate[] {
    const out: Candidate[] = [];
    for (const i of this.index.timexesWithin(span)) {
      const c = this.candidateAt(i, span, event);
      if (c) out.push(c);
    }
    if (out.length < 2) return out;
    preferFinerOfAdjacent(this.index, out);
    return sortByScore(out);
  }
}

function byStart(a: Candidate, b: Candidate): number {
  return a.timex.start - b.timex.start;
}

/**
 * Lowest score first, ties in their order: an insertion sort, since a sentence holds only a few
 * candidates and this runs for every event.
 */
function sortByScore(candidates: Candidate[]): Candidate[] {
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    let j = k - 1;
    while (j >= 0 && (candidates[j] as Candidate).score > c.score) {
      candidates[j + 1] = candidates[j] as Candidate;
      j--;
    }
    candidates[j + 1] = c;
  }
  return candidates;
}

/**
 * "earlier this week on May 21st": two expressions side by side are one date; the finer one speaks
 * for both. Pairs are taken in text order, each seeing the scores the previous pairs left.
 */
function preferFinerOfAdjacent(index: DatingIndex, candidates: Candidate[]): void {
  let ordered = candidates;
  for (let k = 1; k < candidates.length; k++) {
    if ((candidates[k] as Candidate).timex.start < (candidates[k - 1] as Candidate).timex.start) {
      ordered = [...candidates].sort(byStart);
      break;
    }
  }
  for (let k = 0; k + 1 < ordered.length; k++) {
    const a = ordered[k] as Candidate;
    const b = ordered[k + 1] as Candidate;
    if (!adjacentGap.test(index.text.slice(a.timex.end, b.timex.start))) continue;
    const aFiner = index.daysCovered(a.index) <= index.daysCovered(b.index);
    const fine = aFiner ? a : b;
    const coarse = aFiner ? b : a;
    fine.score = Math.min(fine.score, coarse.score) - 1;
  }
}
