// Refiner: each event's date. The time expression governing its clause (a date naming a thing,
// "its 1967 borders", or another clause's date only as a last resort), else the publication date
// for ongoing and present-tense states, else the narrative time reached by the preceding
// sentences (back to the story's day after a background paragraph). What depends only on the
// document (each expression's date, which ones can set the narrative, the story's time) is worked
// out once per document in a DatingIndex and a NarrativeTime, not once per event.
import type { Doc, Event, EventDate, Span, Stage } from '../core/index.js';
import { sentenceAround } from './sentence-around.js';
import { dateAcrossShift } from './date-across-shift.js';
import { presentTenseAt } from './present-tense-at.js';
import { DatingIndex } from './dating-index.js';
import { NarrativeTime } from './narrative-time.js';
import { CandidateFinder } from './candidate-finder.js';
import type { Candidate } from './candidate-finder.js';

const none: EventDate = { value: null, granularity: 'unknown', derivation: 'none', timex: null, announced: null };

function sentenceSpan(doc: Doc, event: Event): Span {
  const s = doc.sentences[event.sentence];
  if (s && s.start <= event.trigger.start && event.trigger.end <= s.end) return s;
  return sentenceAround(doc.text, event.evidence.start, event.evidence.end);
}

function publication(published: string): EventDate {
  return { value: published, granularity: 'day', derivation: 'publication', timex: null, announced: null };
}

/** Dates the events of one document, sharing what it works out about the document's time expressions. */
class DocumentDater {
  private readonly index: DatingIndex;
  private readonly finder: CandidateFinder;
  private narrativeTime: NarrativeTime | undefined;

  constructor(doc: Doc, published: string | null, language: string) {
    this.index = new DatingIndex(doc, published, language);
    this.finder = new CandidateFinder(this.index);
  }

  /** Only events with no date in their own sentence need the narrative time. */
  private get narrative(): NarrativeTime {
    this.narrativeTime ??= new NarrativeTime(this.index);
    return this.narrativeTime;
  }

  date(event: Event): EventDate {
    const { doc, published } = this.index;
    const actual = event.modality === 'actual';
    const span = sentenceSpan(doc, event);
    const all = this.finder.candidatesIn(span, event);
    // The closest candidate that is neither a thing's date nor the date of an announcement, and the
    // first announcement (its date is kept beside the event's).
    let best: Candidate | undefined;
    let announcement: Candidate | undefined;
    for (const c of all) {
      if (c.modifier) continue;
      if (!c.announcement) best ??= c;
      else announcement ??= c;
      if (best && announcement) break;
    }
    const announced = announcement?.date.value ?? null;
    if (best && best.timex.rule === 'rel-shift' && best.date.derivation === 'unresolved') {
      const inShifted = event.trigger.start >= best.timex.end;
      for (const main of [this.narrative.before(span.start, actual), this.narrative.storyTime()]) {
        const across = main ? dateAcrossShift(doc.text, best.timex, main, inShifted, this.index.language) : null;
        if (across) return { ...across, announced };
      }
    }
    if (best) return { ...best.date, announced };
    if (announcement && actual) return { ...announcement.date, announced };
    if (announcement) return { ...none, announced };
    if (event.modality === 'ongoing' && published) return publication(published);
    // "He denies the allegations.": a present-tense clause is dated by the time of writing.
    if (actual && published && presentTenseAt(doc.text, event.trigger)) return publication(published);
    const before = this.narrative.before(span.start, actual);
    if (before) return before;
    // "the 1959 revolution" dates the event only when nothing else in the text can.
    const modifier = all[0];
    return modifier ? { ...modifier.date, announced } : none;
  }
}

/** One event's date (for callers dating a single event; the stage shares the work across events). */
export function dateEvent(doc: Doc, event: Event, published: string | null, language = 'en'): EventDate {
  return new DocumentDater(doc, published, language).date(event);
}

export function makeEventDater(): Stage {
  return {
    name: 'date-events',
    run(doc, ctx) {
      if (!doc.events.length) return doc;
      const dater = new DocumentDater(doc, ctx.published, ctx.language);
      return { ...doc, events: doc.events.map((e) => ({ ...e, date: dater.date(e) })) };
    },
  };
}
