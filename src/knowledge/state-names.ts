// State names and name-or-code lookup for queries ("Mexico", "mex", "MEX").
// Falls back on i18n-iso-countries until the actors stage exposes its dictionary lookup.
import countries from 'i18n-iso-countries';

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
  if (EXTRA[code]) return EXTRA[code];
  const name = countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en');
  return name ?? code;
}

/** ISO3 code for a state name or code as a user typed it; null when it names no state. */
export function resolveStateQuery(query: string): string | null {
  const q = query.trim();
  if (!q) return null;
  if (/^[A-Za-z]{3}$/.test(q) && isStateCode(q.toUpperCase())) return q.toUpperCase();
  const lower = q.toLowerCase();
  if (ALIASES[lower]) return ALIASES[lower];
  const alpha3 = countries.getAlpha3Code(q, 'en');
  if (alpha3) return alpha3;
  if (/^[A-Za-z]{2}$/.test(q)) return countries.alpha2ToAlpha3(q.toUpperCase()) ?? null;
  return null;
}
