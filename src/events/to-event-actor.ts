// How a mention appears in an event: people and institutions acting for a state take the
// state's code with their sector ("AMLO's government" -> MEX GOV, "the Israeli army" -> ISR MIL);
// unions, courts, companies and private persons keep their own ORG:/PER: code.
import type { EventActor, Mention } from '../core/index.js';

const ACTS_FOR_STATE = new Set(['GOV', 'MIL', 'DIP', 'LEG', 'COP', 'SPY', 'POLICE', 'EXE', 'HOS', 'HOG']);

// Not memoised: every document brings fresh mentions, each read once per stage, so a cache by
// mention only ever hit when a bench re-ran the stage on the same objects, and cost a WeakMap
// insert per mention in the real pipeline.
export function toEventActor(mention: Mention): EventActor {
  const sector = mention.sector;
  const forState =
    mention.state !== null &&
    (mention.actorType === 'state' ||
      mention.actorType === 'place' ||
      (mention.actorType === 'person' && (mention.role !== null || (sector !== null && ACTS_FOR_STATE.has(sector)))) ||
      ((mention.actorType === 'org' || mention.actorType === 'group') && sector !== null && ACTS_FOR_STATE.has(sector)));
  return {
    start: mention.start, end: mention.end, text: mention.text, name: mention.name, state: mention.state,
    code: forState ? mention.state! : mention.code, sector,
  };
}

/** An actor the text names without a dictionary entry (a pronoun resolved, "academics"). */
export function makeEventActor(
  span: { start: number; end: number },
  text: string,
  code: string,
  from: Partial<Pick<EventActor, 'sector' | 'name' | 'state'>> = {},
): EventActor {
  return { start: span.start, end: span.end, text, code, sector: from.sector ?? null, name: from.name ?? null, state: from.state ?? null };
}
