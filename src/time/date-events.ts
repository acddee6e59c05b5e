// Refiner: each event's date. The time expression governing its clause (a date naming a thing,
// "its 1967 borders", or another clause's date only as a last resort), else the publication date
// for ongoing and present-tense states, else the narrative time reached by the preceding
// sentences (back to the story's day after a background paragraph).
import type { Doc, Event, EventDate, Span, Stage, Timex } from '../core/index.js';
import { eventDateOf } from './event-date-of.js';
import { formatYmd } from './calendar.js';
import { intervalOf } from './resolve-candidates.js';
import { sentenceAround } from './tense-around.js';
import { isNounModifier } from './is-noun-modifier.js';
import { dateAcrossShift } from './date-across-shift.js';
import { presentTenseAt } from './present-tense-at.js';
import { inOtherRelativeClause, relativeClauseAt } from './in-relative-clause.js';

/** "said on Tuesday that ...": the reporting verb right before the expression. */
const reportingJustBefore =
  /\b(?:announced|said|says|stated|declared|confirmed|told\s+\w+|reported|added|noted|tweeted|wrote|revealed|indicated|explained)\s+(?:on\s+|last\s+|this\s+)?$/i;
/** "..., the ministry announced that, as of ...": the expression before it dates the announcement. */
const reportedClause = /\b(?:announced|said|stated|declared|confirmed|reported|revealed)\s+(?:that|it|they|on\b)/i;
const attaching = /\b(?:in|on|since|by|as of|during|until|from|at)\s+(?:the\s+)?$/i;

const none: EventDate = { value: null, granularity: 'unknown', derivation: 'none', timex: null, announced: null };

function sentenceSpan(doc: Doc, event: Event): Span {
  const s = doc.sentences[event.sentence];
  if (s && s.start <= event.trigger.start && event.trigger.end <= s.end) return s;
  return sentenceAround(doc.text, event.evidence.start, event.evidence.end);
}

/** Clause breaks between two offsets: semicolons, dashes, and commas before a new clause. */
function clauseBreaks(text: string): number {
  return (text.match(/[;:—–()]|,\s+(?:but|while|which|who|whereas|although)\b/g) ?? []).length;
}

/** Is a timex at the start of its clause (at most two words after a sentence start, `;`, `:` or a dash)? */
function opensClause(lead: string): boolean {
  const clause = lead.split(/[;:—–]/).pop() ?? '';
  return clause.trim().split(/\s+/).filter(Boolean).length <= 2;
}

/**
 * "its 1967 borders" names a thing; but "the April 2024 raid" dates the raid when the raid is the
 * event, and "since the April 2024 raid" dates the onset of a state that still holds.
 */
function describesAThing(text: string, timex: Timex, event: Event): boolean {
  if (!isNounModifier(text, timex)) return false;
  if (event.trigger.start <= timex.start && timex.end <= event.trigger.end) return false;
  const headGap = text.slice(timex.end, event.trigger.start);
  // The trigger heads the noun phrase: at most two words between ("the April 2024 forceable entry").
  if (event.trigger.start >= timex.end && /^\s+(?:(?!that\b|which\b|who\b)[\w-]+\s+){0,2}$/i.test(headGap)) return false;
  // "the attack of October 7" dates the attack.
  if (event.trigger.end <= timex.start && /^\s+of\s+$/.test(text.slice(event.trigger.end, timex.start))) return false;
  const lead = text.slice(Math.max(0, timex.start - 30), timex.start);
  return !(event.modality === 'ongoing' && /\bsince\s+(?:the|its|their|his|her)\s+$/i.test(lead));
}

/** Is the timex a period holding the publication day ("this month", "this week"), the time of writing? */
function holdsPublication(t: Timex, published: string | null): boolean {
  const bounds = intervalOf(t);
  if (!published || !bounds) return false;
  const [start, end] = [formatYmd(bounds.start), formatYmd(bounds.end)];
  return start < end && start <= published && published <= end;
}

/**
 * Is the timex in a relative clause about something other than the event? A clause opening right
 * after the trigger ("a request from Abbas, who wrote in November") describes the event itself.
 */
function embeddedElsewhere(text: string, span: Span, timex: Timex, event: Event): boolean {
  const sentence = text.slice(span.start, span.end);
  const at = timex.start - span.start;
  if (!inOtherRelativeClause(sentence, at, event.trigger.start - span.start)) return false;
  const clause = relativeClauseAt(sentence, at);
  const gap = clause ? span.start + clause.start - event.trigger.end : -1;
  return !(gap >= 0 && gap <= 25);
}

interface Candidate {
  readonly index: number;
  readonly timex: Timex;
  readonly date: EventDate;
  readonly score: number;
  readonly announcement: boolean;
  /** "its 1967 borders": names a thing, used only when nothing else dates the event. */
  readonly modifier: boolean;
}

function candidatesIn(doc: Doc, span: Span, event: Event, published: string | null): Candidate[] {
  const out: Candidate[] = [];
  doc.timexes.forEach((timex, index) => {
    if (timex.start < span.start || timex.end > span.end) return;
    const date = eventDateOf(timex, index, published);
    if (!date) return;
    const before = timex.end <= event.trigger.start;
    const between = before ? doc.text.slice(timex.end, event.trigger.start) : doc.text.slice(event.trigger.end, timex.start);
    const distance = between.length;
    let score = distance + 60 * clauseBreaks(between) + 20 * (between.match(/,/g) ?? []).length;
    if (attaching.test(doc.text.slice(Math.max(span.start, timex.start - 12), timex.start))) score -= 15;
    // A clause-opening adverbial ("In 1975, ...", "...: by Christmas, X had ...") governs its clause.
    if (before && opensClause(doc.text.slice(span.start, timex.start))) score -= 50;
    // "announced on May 22 that it will recognise ... on May 28": the first date is the announcement's.
    const lead = doc.text.slice(Math.max(span.start, timex.start - 30), timex.start);
    const announcement =
      before &&
      ((reportingJustBefore.test(lead) && /\b(?:that|it|they|would|will|to)\b/i.test(between)) || reportedClause.test(between));
    const embedded = embeddedElsewhere(doc.text, span, timex, event);
    // "Brazil, which chairs the council this month, has pressed ...": the time of writing still
    // beats the narrative time; another clause's past date ("..., who is to be sworn in on Friday") does not.
    if (embedded && holdsPublication(timex, published)) score += 1000;
    const modifier = (embedded && !holdsPublication(timex, published)) || describesAThing(doc.text, timex, event);
    out.push({ index, timex, date, score, announcement, modifier });
  });
  return preferFinerOfAdjacent(doc.text, out).sort((a, b) => a.score - b.score);
}

/** "earlier this week on May 21st": two expressions side by side are one date; the finer one speaks for both. */
function preferFinerOfAdjacent(text: string, candidates: Candidate[]): Candidate[] {
  const byStart = [...candidates].sort((a, b) => a.timex.start - b.timex.start);
  const scores = new Map(candidates.map((c) => [c, c.score]));
  for (let i = 0; i + 1 < byStart.length; i++) {
    const a = byStart[i] as Candidate;
    const b = byStart[i + 1] as Candidate;
    if (!/^\s*(?:,|on|in|at)?\s*$/i.test(text.slice(a.timex.end, b.timex.start))) continue;
    const [fine, coarse] = span(a) <= span(b) ? [a, b] : [b, a];
    scores.set(fine, Math.min(scores.get(fine) ?? fine.score, scores.get(coarse) ?? coarse.score) - 1);
  }
  return candidates.map((c) => ({ ...c, score: scores.get(c) ?? c.score }));
}

/** How many days a candidate's date covers (a day 1, a month about 30). */
function span(c: Candidate): number {
  const v = c.date.value ?? '';
  const [a, b] = v.split('/');
  if (b && a) return (Date.parse(b) - Date.parse(a)) / 86_400_000 + 1;
  return v.length === 10 ? 1 : v.length === 7 ? 30 : 365;
}

/** Days between two ISO dates (or the starts of month/year values), b minus a. */
function daysBetween(a: string, b: string): number {
  const day = (v: string): number => Date.parse(v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v.slice(0, 10));
  return (day(b) - day(a)) / 86_400_000;
}

/** The last day a date value covers ("2023-06" ends on the 30th). */
function lastDay(value: string): string {
  const [a, b] = value.split('/');
  if (b) return b;
  if (!a) return value;
  if (a.length === 4) return `${a}-12-31`;
  if (a.length === 7) return `${a}-28`;
  return a;
}

/** Can this timex set the narrative time for the sentences that follow? */
function setsNarrative(doc: Doc, t: Timex, event: Event, published: string | null, date: EventDate): boolean {
  if (!date.value) return false;
  if (isNounModifier(doc.text, t)) return false;
  // "seven months after the attack of October 7" is a rough span, too vague to carry on.
  if (t.rule === 'rel-shift' && t.range && t.range.start !== t.range.end) return false;
  const sentence = sentenceAround(doc.text, t.start, t.end);
  // "..., which began on December 27.": the relative clause's date does not carry on, unless it
  // holds the time of writing ("Brazil, which chairs the council this month, ...").
  if (!holdsPublication(t, published) && relativeClauseAt(doc.text.slice(sentence.start, sentence.end), t.start - sentence.start)) return false;
  // A plan for later ("to meet in September") does not date the past acts reported after it.
  if (published && event.modality === 'actual' && daysBetween(published, date.value.split('/')[0] ?? date.value) > 0) return false;
  return true;
}

const subordinator = /\b(?:since|after|before|when|while|which|who|until|following)\b/i;

/**
 * "X broke off relations on Tuesday, ... since the war began three weeks ago.": a date in a
 * subordinate clause after the main clause's date does not move the narrative; the main one does.
 */
function mainClauseDate(doc: Doc, index: number, event: Event, published: string | null): EventDate | null {
  const t = doc.timexes[index] as Timex;
  const sentence = sentenceAround(doc.text, t.start, t.end);
  for (let k = 0; k < index; k++) {
    const main = doc.timexes[k] as Timex;
    if (main.start < sentence.start || main.type !== 'DATE') continue;
    const date = eventDateOf(main, k, published);
    if (!date || !setsNarrative(doc, main, event, published, date)) continue;
    if (subordinator.test(doc.text.slice(main.end, t.start))) return date;
  }
  return null;
}

/** The lede's time: the first expression within a month of publication, else the publication date. */
function storyTime(doc: Doc, published: string | null): EventDate | null {
  if (!published) return null;
  for (let i = 0; i < doc.timexes.length; i++) {
    const t = doc.timexes[i] as Timex;
    if (t.type !== 'DATE' || /_REF$/.test(t.value) || isNounModifier(doc.text, t)) continue;
    const date = eventDateOf(t, i, published);
    if (!date?.value || date.granularity !== 'day') continue;
    const gap = daysBetween(date.value, published);
    if (gap >= 0 && gap <= 7) return { ...date, derivation: 'narrative' };
  }
  return { value: published, granularity: 'day', derivation: 'publication', timex: null, announced: null };
}

const continuesStory = /^\s*(?:shortly|soon|moments|minutes|hours)\s+(?:after(?:wards)?|later)\b/i;

/** The first words of the paragraph holding an offset. */
function paragraphOpening(text: string, offset: number): string {
  const breakAt = text.lastIndexOf('\n\n', offset);
  const start = breakAt < 0 ? 0 : breakAt + 2;
  return text.slice(start, start + 40);
}

/**
 * The narrative time before an offset: the last dated expression of the preceding sentences.
 * A background date ("in 1987", "last week") carries on within its paragraph; a new paragraph
 * without a date of its own returns to the story's time (the lede's day).
 */
function narrativeBefore(doc: Doc, event: Event, offset: number, published: string | null): EventDate | null {
  for (let i = doc.timexes.length - 1; i >= 0; i--) {
    const t = doc.timexes[i] as Timex;
    if (t.end > offset || t.type === 'DURATION' && !t.range || t.type === 'SET' || /_REF$/.test(t.value)) continue;
    const found = eventDateOf(t, i, published);
    if (!found || !setsNarrative(doc, t, event, published, found)) continue;
    const date = mainClauseDate(doc, i, event, published) ?? found;
    if (!/\n\s*\n/.test(doc.text.slice(t.end, offset))) return { ...date, derivation: 'narrative' };
    // "Shortly afterwards ..." opening the paragraph goes on from the day just told.
    if (date.granularity === 'day' && continuesStory.test(paragraphOpening(doc.text, offset))) return { ...date, derivation: 'narrative' };
    // Otherwise a date that ends before the story's own day is background ("in 1987", "last week").
    const story = storyTime(doc, published);
    if (story?.value && lastDay(date.value ?? '') < story.value) return story;
    return { ...date, derivation: 'narrative' };
  }
  return null;
}

export function dateEvent(doc: Doc, event: Event, published: string | null, language = 'en'): EventDate {
  const span = sentenceSpan(doc, event);
  const all = candidatesIn(doc, span, event, published);
  const candidates = all.filter((c) => !c.modifier);
  const effective = candidates.filter((c) => !c.announcement);
  const announcement = candidates.find((c) => c.announcement);
  const announced = announcement?.date.value ?? null;
  const best = effective[0];
  if (best && best.timex.rule === 'rel-shift' && best.date.derivation === 'unresolved') {
    const inShifted = event.trigger.start >= best.timex.end;
    for (const main of [narrativeBefore(doc, event, span.start, published), storyTime(doc, published)]) {
      const across = main ? dateAcrossShift(doc.text, best.timex, main, inShifted, language) : null;
      if (across) return { ...across, announced };
    }
  }
  if (best) return { ...best.date, announced };
  if (announcement && event.modality === 'actual') return { ...announcement.date, announced };
  if (announcement) return { ...none, announced };
  if (event.modality === 'ongoing' && published)
    return { value: published, granularity: 'day', derivation: 'publication', timex: null, announced: null };
  // "He denies the allegations.": a present-tense clause is dated by the time of writing.
  if (event.modality === 'actual' && published && presentTenseAt(doc.text, event.trigger))
    return { value: published, granularity: 'day', derivation: 'publication', timex: null, announced: null };
  const narrative = narrativeBefore(doc, event, span.start, published);
  if (narrative) return narrative;
  // "the 1959 revolution" dates the event only when nothing else in the text can.
  const modifier = all[0];
  return modifier ? { ...modifier.date, announced } : none;
}

export function makeEventDater(): Stage {
  return {
    name: 'date-events',
    run(doc, ctx) {
      if (!doc.events.length) return doc;
      return { ...doc, events: doc.events.map((e) => ({ ...e, date: dateEvent(doc, e, ctx.published, ctx.language) })) };
    },
  };
}
