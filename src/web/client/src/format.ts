// Display forms: dates at the granularity the text gave (never more precise), state names.
import codes from 'i18n-iso-countries/codes.json';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const OVERRIDES: Readonly<Record<string, string>> = { PSE: 'Palestine', XKX: 'Kosovo', TWN: 'Taiwan', VAT: 'Holy See', RUS: 'Russia', IRN: 'Iran', SYR: 'Syria' };

type CodeRow = readonly [string, string, string, ...string[]];
const rows = codes as unknown as readonly CodeRow[];
const alpha2Of = new Map(rows.map((r) => [r[1], r[0]]));
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function stateName(code: string): string {
  if (OVERRIDES[code]) return OVERRIDES[code];
  const a2 = alpha2Of.get(code);
  if (a2) {
    try {
      return regionNames.of(a2) ?? code;
    } catch {
      return code;
    }
  }
  return code;
}

function piece(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{3})X?$/.exec(value);
  if (m) return `${m[1]}0s`;
  return value;
}

/**
 * "31 Oct 2023", "Dec 2010", "2010", "1990s", "between Mar 2019 and 2020"; a date the text did
 * not state, stood in for by the publication date, is prefixed "c.".
 */
export function formatEventDate(value: string | null, granularity: string, derivation = 'explicit'): string {
  if (!value) return 'date unknown';
  const approx = derivation === 'publication' ? 'c. ' : '';
  if (value.includes('/')) {
    const [a, b] = value.split('/');
    return `${approx}between ${piece(a)} and ${piece(b)}`;
  }
  if (granularity === 'decade') return `${approx}${piece(value.slice(0, 3))}`;
  return `${approx}${piece(value)}`;
}

/** A plain ISO day or prefix as text ("2010-12-06" -> "6 Dec 2010"). */
export function formatDay(value: string | null): string {
  return value ? piece(value) : '—';
}

export function typeLabel(type: string | null, plover?: string): string {
  return type ? type.replace(/_/g, ' ') : plover ? plover.toLowerCase() : 'event';
}

export function actorsLabel(actors: readonly { code: string; name: string | null; text: string }[]): string {
  if (!actors.length) return '(unnamed)';
  return actors.map((a) => (/^[A-Z]{3}$/.test(a.code) ? stateName(a.code) : a.name ?? a.text)).join(', ');
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}
