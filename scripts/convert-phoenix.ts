// One-off converter: reads the public Phoenix actor dictionaries (MIT licence, TABARI format) from
// ../shared/reference/phoenix-dictionaries and writes data/actors/phoenix.json in our own entry
// format. Facts (names, aliases, dated roles) carry over; the output is committed data, and the
// curated files under data/actors/ override it entry by entry.
//   npx tsx scripts/convert-phoenix.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import countries from 'i18n-iso-countries';

const source = resolve(process.env.CHANCERY_SHARED ?? '../shared', 'reference/phoenix-dictionaries');
const out = new URL('../data/actors/phoenix.json', import.meta.url);

interface RawEntry {
  head: string;
  aliases: string[];
  codes: string[];
  person: boolean;
  file: string;
}

interface OutRole {
  state: string | null;
  sector: string | null;
  code: string;
  start: string | null;
  end: string | null;
}

const EXTRA_STATES = new Set(['XKX', 'SUN', 'YUG', 'CSK', 'DDR', 'SCG', 'YMD', 'VDR']);
// Phoenix country codes that are not ISO 3166-1 alpha-3.
const CODE_FIX: Record<string, string> = { KSV: 'XKX', KOS: 'XKX', ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', GDR: 'DDR', USR: 'SUN' };
// Phoenix IGO sub-codes (the 3 letters after IGO) with an unambiguous short name.
const IGO_SHORT: Record<string, string> = {
  UNO: 'UN', WST: 'NATO', EUR: 'EU', AFR: 'AU', ARL: 'ARAB_LEAGUE', ASN: 'ASEAN', OAS: 'OAS',
  WTO: 'WTO', IMF: 'IMF', WBK: 'WORLD_BANK', OPC: 'OPEC', ICC: 'ICC', ICJ: 'ICJ',
};

function igoHolder(code: string): string {
  const short = IGO_SHORT[code.slice(3, 6)];
  return short ? `IGO:${short}` : 'IGO';
}

function isState(code: string): boolean {
  return EXTRA_STATES.has(code) || countries.isValid(code);
}

function i18nCode(name: string): string | undefined {
  const code = countries.getAlpha3Code(name, 'en');
  return code === 'XKK' ? 'XKX' : code;
}

function fixCode(code: string): string {
  return CODE_FIX[code] ?? code;
}

function tidyName(raw: string): string {
  const words = raw.replace(/_+$/g, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return words
    .toLowerCase()
    .replace(/(^|[\s\-(./])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

function acronymOrName(raw: string): string {
  const t = raw.replace(/_+$/g, '').replace(/_/g, ' ').trim();
  // Short single tokens (IDF, UN, PLO) are acronyms: keep them upper case so they match exactly.
  if (!t.includes(' ') && t.replace(/\./g, '').length <= 4) return t;
  return tidyName(raw);
}

function parseDate(raw: string): string | null {
  const d = raw.trim();
  if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    const year = yy <= 25 ? 2000 + yy : 1900 + yy;
    return `${year}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
  }
  if (/^\d{7}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-0${d.slice(6)}`;
  return null;
}

function parseRole(raw: string): OutRole | null {
  const m = /^\[\s*~?([A-Z]+)\s*([<>]?)\s*(\d*)\s*-?\s*(\d*)\s*\]$/.exec(raw.trim());
  if (!m) return null;
  const codeRaw = m[1] ?? '';
  const prefix = fixCode(codeRaw.slice(0, 3));
  const rest = codeRaw.slice(3);
  const sector = rest.length >= 3 ? rest.slice(0, 3) : null;
  let start: string | null = null;
  let end: string | null = null;
  if (m[2] === '>') start = parseDate(m[3] ?? '');
  else if (m[2] === '<') end = parseDate(m[3] ?? '');
  else if (m[3]) {
    start = parseDate(m[3]);
    end = m[4] ? parseDate(m[4]) : null;
  }
  const state = isState(prefix) ? prefix : null;
  return { state, sector, code: prefix + rest, start, end };
}

function parseFile(file: string): RawEntry[] {
  const lines = readFileSync(join(source, file), 'utf8').split(/\r?\n/);
  const entries: RawEntry[] = [];
  let current: RawEntry | null = null;
  for (const line of lines) {
    if (/^\s*#/.test(line) || line.trim() === '') continue;
    const comment = line.includes('#') ? line.slice(line.indexOf('#')) : '';
    const body = line.replace(/#.*$/, '').replace(/\s+$/, '');
    if (!body.trim()) continue;
    const codes = body.match(/\[[^\]]*\]/g) ?? [];
    const text = body.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(body) || (!text && codes.length)) {
      if (current) current.codes.push(...codes);
      continue;
    }
    if (text.startsWith('+')) {
      if (current && text.length > 1) current.aliases.push(text.slice(1));
      if (current) current.codes.push(...codes);
      continue;
    }
    if (text.startsWith('!') || text.startsWith('<')) continue;
    current = { head: text, aliases: [], codes: [...codes], person: /CountryInfo|rulers/i.test(comment), file };
    entries.push(current);
  }
  return entries;
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function orgCode(name: string): string {
  return (
    'ORG:' +
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
  );
}

const out_entries: Record<string, unknown>[] = [];
const seen = new Set<string>();
const stateAliases = new Map<string, Set<string>>();

function addEntry(entry: Record<string, unknown> & { id: string }): void {
  if (seen.has(entry.id)) return;
  seen.add(entry.id);
  out_entries.push(entry);
}

for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
  for (const raw of parseFile(file)) {
    const roles = raw.codes.map(parseRole).filter((r): r is OutRole => r !== null);
    const name = tidyName(raw.head);
    if (!name || name.length < 2) continue;
    const aliases = [...new Set(raw.aliases.map(acronymOrName).filter((a) => a.length > 1 && a !== name))];
    const first = roles[0];
    // A country block: a name, its aliases and the state code(s) it had over time.
    const own = file.includes('Countries') && !raw.person ? i18nCode(name) : undefined;
    const bare = roles.length > 0 && roles.every((r) => r.state && r.sector === null);
    if (own || (file.includes('Countries') && !raw.person && bare)) {
      const last = roles[roles.length - 1];
      const ownHeld = own && (roles.length === 0 || roles.some((r) => r.state === own || r.sector === null));
      const code = ownHeld ? own : !own && last?.state && !stateAliases.has(last.state) ? last.state : undefined;
      if (code) {
        const set = stateAliases.get(code) ?? new Set<string>();
        set.add(name);
        for (const a of aliases) set.add(a);
        stateAliases.set(code, set);
      } else {
        const state = roles.find((r) => r.state && r.state !== own)?.state ?? null;
        if (state) addEntry({ id: `place:${slug(name)}`, type: 'place', name, code: state, state, sector: null, aliases });
      }
      continue;
    }
    const dated = roles.filter((r) => r.start || r.end);
    const isPerson = raw.person || dated.length > 0 || roles.every((r) => r.sector === 'ELI');
    const main = roles.find((r) => r.sector !== 'ELI') ?? first;
    if (!main) continue;
    if (isPerson) {
      addEntry({
        id: `per:${slug(name)}`,
        type: 'person',
        name,
        aliases,
        roles: roles
          .filter((r) => r.state || r.code.startsWith('IGO'))
          .map((r) => ({ holder: r.state ?? igoHolder(r.code), sector: r.state ? r.sector ?? 'GOV' : 'IGO', start: r.start, end: r.end })),
      });
      continue;
    }
    const kind = main.code.slice(0, 3);
    if (kind === 'IGO') {
      const short = IGO_SHORT[main.code.slice(3, 6)];
      addEntry({ id: `igo:${slug(name)}`, type: 'igo', name, code: short ? `IGO:${short}` : 'IGO', state: null, sector: 'IGO', aliases });
    } else if (main.state) {
      const sector = main.code.length >= 6 ? main.code.slice(3, 6) : null;
      const type = kind === 'MNC' || sector === 'REB' ? 'org' : 'org';
      addEntry({ id: `org:${slug(name)}`, type, name, code: sector && ['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY'].includes(sector) ? main.state : orgCode(name), state: main.state, sector, aliases });
    } else {
      const sector = ['MNC', 'NGO', 'IMG', 'NGM'].includes(kind) ? (kind === 'MNC' ? 'BUS' : kind === 'NGM' ? 'NGO' : kind) : main.code.slice(3, 6) || null;
      const state = main.code.length >= 6 && isState(fixCode(main.code.slice(3, 6))) ? fixCode(main.code.slice(3, 6)) : null;
      addEntry({ id: `org:${slug(name)}`, type: kind === 'IMG' ? 'group' : 'org', name, code: orgCode(name), state, sector: state ? (main.code.slice(6, 9) || sector) : sector, aliases });
    }
  }
}

const states = [...stateAliases].map(([code, set]) => ({ id: `state:${code}`, code, aliases: [...set].sort() }));
writeFileSync(
  out,
  JSON.stringify(
    {
      about: 'Converted from the Phoenix actor dictionaries (Open Event Data Alliance, MIT licence) by scripts/convert-phoenix.ts. Do not edit; override in the curated files.',
      stateAliases: states,
      entries: out_entries,
    },
    null,
    0,
  ).replace(/\},\{/g, '},\n{'),
);
console.log(`phoenix: ${states.length} states, ${out_entries.length} entries -> ${out.pathname}`);
