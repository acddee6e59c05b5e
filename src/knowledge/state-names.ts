// State names and name-or-code lookup for queries ("Mexico", "mex", "MEX", "Estados Unidos"):
// the actors dictionary first, then i18n-iso-countries for anything it lacks.
import countries from 'i18n-iso-countries';
import { resolveStateQuery as dictionaryState, stateName as dictionaryName } from '../actors/index.js';

const EXTRA: Readonly<Record<string, string>> = { XKX: 'Kosovo', PSE: 'Palestine' };
const ALIASES: Readonly<Record<string, string>> = {
  palestine: 'PSE',
  'state of palestine': 'PSE',
  kosovo: 'XKX',
  'united states': 'USA',
  usa: 'USA',
  us: 'USA',
  uk: 'GBR',
  britain: 'GBR',
  'united kingdom': 'GBR',
  russia: 'RUS',
  'south korea': 'KOR',
  'north korea': 'PRK',
  iran: 'IRN',
  syria: 'SYR',
  venezuela: 'VEN',
  bolivia: 'BOL',
  vatican: 'VAT',
  'holy see': 'VAT',
  taiwan: 'TWN',
};

export function isStateCode(code: string): boolean {
  return code in EXTRA || countries.isValid(code);
}

/** The English name of a state code, or the code itself when unknown. */
export function stateName(code: string): string {
  const known = dictionaryName(code);
  if (known) return known;
  if (EXTRA[code]) return EXTRA[code];
  const name = countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en');
  return name ?? code;
}

/** ISO3 code for a state name or code as a user typed it; null when it names no state. */
export function resolveStateQuery(query: string): string | null {
  const q = query.trim();
  if (!q) return null;
  const known = dictionaryState(q);
  if (known) return known;
  if (/^[A-Za-z]{3}$/.test(q) && isStateCode(q.toUpperCase())) return q.toUpperCase();
  const lower = q.toLowerCase();
  if (ALIASES[lower]) return ALIASES[lower];
  const alpha3 = countries.getAlpha3Code(q, 'en');
  if (alpha3) return alpha3;
  if (/^[A-Za-z]{2}$/.test(q)) return countries.alpha2ToAlpha3(q.toUpperCase()) ?? null;
  return null;
}

/** Every English name known for a state (for finding it in text): "Palestine", "State of Palestine". */
export function stateNames(code: string): string[] {
  const names = [dictionaryName(code), EXTRA[code], countries.getName(code, 'en', { select: 'alias' }), countries.getName(code, 'en')];
  const out = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    out.add(n.split(',')[0].trim());
    out.add(n.replace(/^(the\s+)?(state|republic|kingdom) of\s+/i, '').split(',')[0].trim());
  }
  return [...out].filter((n) => n.length > 2);
}
