// PLOVER type, CAMEO code and direction of a diplomatic subtype or a bare PLOVER type.
import type { EventLexicon } from './event-lexicon.js';
import type { DiplomaticType, PloverType } from '../core/index.js';

export function ploverOf(lex: EventLexicon, type: DiplomaticType | null, fallback: PloverType): PloverType {
  return type ? lex.types.get(type)?.plover ?? fallback : fallback;
}

export function cameoOf(lex: EventLexicon, type: DiplomaticType | null, plover: PloverType): string | null {
  const typed = type ? lex.types.get(type)?.cameo : undefined;
  return typed ?? lex.plover.get(plover)?.cameo ?? null;
}

export function isCooperative(lex: EventLexicon, plover: PloverType): boolean {
  return lex.plover.get(plover)?.family === 'cooperative';
}
