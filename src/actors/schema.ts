// The shapes of the actor dictionaries under data/actors/ and of user files passed with --actors.
import { z } from 'zod';

/** A real calendar day written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const isoDate = z.string().refine(isDay, 'expected a date YYYY-MM-DD');
const dateOrNull = z.union([isoDate, z.null()]).optional().transform((v) => v ?? null);
const stateCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as MEX');
const sector = z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter sector such as GOV');

/** Office keys a dated role may name; `hos` heads the state, `hog` the government. */
export const officeKeys = ['president', 'pm', 'fm', 'hos', 'hog', 'chair', 'sg', 'leader'] as const;
export type OfficeKey = (typeof officeKeys)[number];

/** `MEX president 2018-12-01 2024-09-30 | President of Mexico` (end `-` or absent while in office). */
const roleLine = z.string().transform((line, ctx) => {
  const [head = '', title] = line.split('|').map((s) => s.trim());
  const m = /^([A-Z]{3}|IGO:[A-Z_]+|ORG:[A-Z_]+)\s+([a-z]+)\s+(\d{4}-\d{2}-\d{2})(?:\s+(\d{4}-\d{2}-\d{2}|-))?$/.exec(head);
  if (!m || !(officeKeys as readonly string[]).includes(m[2] ?? '') || !isDay(m[3] ?? '') || (m[4] && m[4] !== '-' && !isDay(m[4]))) {
    ctx.addIssue({ code: 'custom', message: `bad role "${line}": expected "MEX president 2018-12-01 2024-09-30 [| title]" with office one of ${officeKeys.join(', ')}` });
    return z.NEVER;
  }
  const end = m[4] && m[4] !== '-' ? m[4] : null;
  return { holder: m[1] ?? '', office: (m[2] ?? 'leader') as OfficeKey, start: m[3] ?? null, end, title: title ?? null };
});

const structuredRole = z.object({
  holder: z.string(),
  office: z.enum(officeKeys).optional(),
  sector: sector.optional(),
  title: z.string().nullable().optional(),
  start: dateOrNull,
  end: dateOrNull,
});

type RoleOut = z.output<typeof roleLine> | z.output<typeof structuredRole>;

/** A role line or a structured role; errors come from whichever form was written. */
export const roleSchema = z.unknown().transform((value, ctx): RoleOut => {
  const result = typeof value === 'string' ? roleLine.safeParse(value) : structuredRole.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

export const entrySchema = z.object({
  id: z.string().regex(/^[a-z]+:[a-z0-9._-]+$/i, 'expected an id such as "per:claudia-sheinbaum" or "org:nso-group"'),
  type: z.enum(['state', 'person', 'igo', 'org', 'group', 'place']),
  name: z.string().min(1),
  code: z.string().regex(/^([A-Z]{3}|IGO|NGO|IGO:[A-Z0-9_]+|ORG:[A-Z0-9_]+|PER:.+)$/, 'expected a code: ISO3, IGO, IGO:NAME, ORG:NAME or PER:Name').optional(),
  state: stateCode.nullable().optional(),
  sector: sector.nullable().optional(),
  aliases: z.array(z.string().min(1)).optional(),
  /** Forms matched with exact case only (acronyms such as "IDF"). */
  acronyms: z.array(z.string().min(1)).optional(),
  demonyms: z.array(z.string().min(1)).optional(),
  roles: z.array(roleSchema).optional(),
  historical: z.boolean().optional(),
});
export type EntryInput = z.input<typeof entrySchema>;
export type Entry = z.output<typeof entrySchema>;
export type Role = z.output<typeof roleSchema>;

export const stateExtraSchema = z.object({
  code: stateCode,
  name: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  acronyms: z.array(z.string()).optional(),
  demonyms: z.array(z.string()).optional(),
  capital: z.string().optional(),
  /** Seats of power standing for the state: `the Kremlin: GOV`. */
  seats: z.record(z.string(), sector.nullable()).optional(),
  historical: z.boolean().optional(),
});

export const statesFileSchema = z.object({ states: z.array(stateExtraSchema) });
export const entriesFileSchema = z.object({ entries: z.array(entrySchema) });

/** A generic noun phrase: an institution ("ministry of defense") or a title ("foreign minister"). */
export const genericSchema = z.object({
  phrases: z.array(z.string()),
  sector: sector,
  office: z.enum(officeKeys).optional(),
  /** Titles precede names ("President Lula"); institutions stand alone ("the ministry"). */
  kind: z.enum(['title', 'institution', 'people']),
  /** Head word used to find an antecedent ("ministry", "army"). */
  head: z.string().optional(),
});
export const genericFileSchema = z.object({
  generic: z.array(genericSchema),
  /** Words that may sit between a state and a noun or title: "new", "then", "former". */
  modifiers: z.array(z.string()),
  /** Expressions that stand for the document's focal state: "the country". */
  focalRefs: z.array(z.string()),
  orgHeads: z.record(z.string(), sector),
});

export const ambiguitySchema = z.object({
  alias: z.string(),
  /** Reject when the form is written in lower case ("turkey" the bird). */
  rejectLowercase: z.boolean().optional(),
  /** Reject when the next word is one of these ("guinea pig", "china cabinet"). */
  notBefore: z.array(z.string()).optional(),
  /** Reject when the previous word is one of these ("fine china", "Michael Jordan"). */
  notAfter: z.array(z.string()).optional(),
  /** Accept only when the previous word is one of these ("the Hague"; bare "Hague" is a surname). */
  onlyAfter: z.array(z.string()).optional(),
  /** Reject when it sits beside a capitalised given name or surname ("Chad Smith", "Denzel Washington"). */
  personName: z.boolean().optional(),
  /** Send the mention to another entry when any of these words occur in the sentence. */
  redirect: z.object({ words: z.array(z.string()), to: z.string() }).optional(),
});
export const ambiguityFileSchema = z.object({ ambiguous: z.array(ambiguitySchema), nonActors: z.array(z.string()), stopwords: z.array(z.string()), commonSurnames: z.array(z.string()), givenNames: z.array(z.string()) });

export const phoenixFileSchema = z.object({
  stateAliases: z.array(z.object({ id: z.string(), code: z.string(), aliases: z.array(z.string()) })),
  entries: z.array(z.unknown()),
});
