// Refiner: each event's date. The time expression governing its clause, else the narrative
// time reached by the preceding sentences, else the publication date for ongoing states.
import type { Doc, Event, EventDate, Span, Stage, Timex } from '../core/index.js';
import { eventDateOf } from './event-date-of.js';
import { sentenceAround } from './tense-around.js';

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

interface Candidate {
  readonly index: number;
  readonly timex: Timex;
  readonly date: EventDate;
  readonly score: number;
  readonly announcement: boolean;
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
    out.push({ index, timex, date, score, announcement });
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

/** The narrative time before an offset: the last dated expression of the preceding sentences. */
function narrativeBefore(doc: Doc, offset: number, published: string | null): EventDate | null {
  for (let i = doc.timexes.length - 1; i >= 0; i--) {
    const t = doc.timexes[i] as Timex;
    if (t.end > offset || t.type === 'DURATION' && !t.range || t.type === 'SET' || /_REF$/.test(t.value)) continue;
    const date = eventDateOf(t, i, published);
    if (date && date.value) return { ...date, derivation: 'narrative' };
  }
  return null;
}

export function dateEvent(doc: Doc, event: Event, published: string | null): EventDate {
  const span = sentenceSpan(doc, event);
  const candidates = candidatesIn(doc, span, event, published);
  const effective = candidates.filter((c) => !c.announcement);
  const announcement = candidates.find((c) => c.announcement);
  const announced = announcement?.date.value ?? null;
  const best = effective[0];
  if (best) return { ...best.date, announced };
  if (announcement && event.modality === 'actual') return { ...announcement.date, announced };
  if (announcement) return { ...none, announced };
  if (event.modality === 'ongoing' && published)
    return { value: published, granularity: 'day', derivation: 'publication', timex: null, announced: null };
  return narrativeBefore(doc, span.start, published) ?? none;
}

export function makeEventDater(): Stage {
  return {
    name: 'date-events',
    run(doc, ctx) {
      if (!doc.events.length) return doc;
      return { ...doc, events: doc.events.map((e) => ({ ...e, date: dateEvent(doc, e, ctx.published) })) };
    },
  };
}
