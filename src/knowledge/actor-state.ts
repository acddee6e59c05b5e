// Which state an event actor stands for: its own ISO3 code, or the state an organisation or
// person belongs to (ORG:PLO counts as PSE for Palestine's relations).
interface ActorCodes {
  readonly code: string;
  readonly state: string | null;
}

const ISO3 = /^[A-Z]{3}$/;

export function actorState(actor: ActorCodes): string | null {
  if (ISO3.test(actor.code)) return actor.code;
  if (actor.state && ISO3.test(actor.state)) return actor.state;
  return null;
}

/** Distinct state codes of one side of an event, in order of appearance. */
export function sideStates(actors: readonly ActorCodes[]): string[] {
  const out: string[] = [];
  for (const actor of actors) {
    const s = actorState(actor);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** The pair key of two states, smaller code first. */
export function pairOf(x: string, y: string): readonly [string, string] {
  return x < y ? [x, y] : [y, x];
}
