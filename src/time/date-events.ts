// Refiner: each event's date. The time expression governing its clause, else the narrative
// time reached by the preceding sentences, else the publication date for ongoing states.
import type { Doc, Event, EventDate, Span, Stage, Timex } from '../core/index.js';
import { eventDateOf } from './event-date-of.js';
import { sentenceAround } from './tense-around.js';

const reporting = /\b(?:announced|said|says|stated|declared|confirmed|told|reported|added|noted|tweeted|wrote|revealed|indicated|explained)\b/i;
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
      ((reporting.test(lead + between.slice(0, 30)) && /\b(?:that|it|they|would|will|to)\b/i.test(between)) ||
        reportedClause.test(between));
    out.push({ index, timex, date, score, announcement });
  });
  return out.sort((a, b) => a.score - b.score);
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
