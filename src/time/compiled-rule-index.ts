// The rule index's head trie compiled at build time into data/time/compiled-rule-index.json:
// reading the heads off every rule's pattern and building the trie took about a third of a
// second at the start of every process; reading the tables back takes a few milliseconds.
// Each entry is named by a fingerprint of the rule patterns and the index settings, so a stale
// file is never used: on a mismatch the caller builds the index from the patterns.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { z } from 'zod';
import type { HeadTrieTables } from './head-trie.js';

// Bump when the trie's tables or this layout change: an old file is then ignored.
const FORMAT = 2;
const compiledUrl = new URL('../../data/time/compiled-rule-index.json', import.meta.url);

/** What ruleIndex needs besides the sticky patterns. */
export interface CompiledIndex {
  readonly scanned: readonly number[];
  readonly tables: HeadTrieTables;
}

const entrySchema = z.object({
  fingerprint: z.string(),
  scanned: z.array(z.number().int()),
  nodes: z.string(),
  edges: z.string(),
  rows: z.string(),
  triples: z.string(),
  hereList: z.string(),
  belowList: z.string(),
  lists: z.array(z.array(z.number().int())),
  depth: z.number().int(),
});
const fileSchema = z.object({ format: z.number(), entries: z.array(entrySchema) });
type Entry = z.infer<typeof entrySchema>;

/** Names one rule list under one index setting. */
export function indexFingerprint(sources: readonly string[], settings: string): string {
  return createHash('sha256').update(`${FORMAT}\n${settings}\n${sources.join('\n')}`).digest('hex');
}

// The typed arrays are stored as their bytes, which are in the machine's byte order.
const encode = (a: Int32Array | Uint8Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function bytes(s: string): ArrayBuffer {
  const b = Buffer.from(s, 'base64');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

let entries: readonly Entry[] | null = null;

function readEntries(): readonly Entry[] {
  if (entries === null) {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(compiledUrl, 'utf8')));
      entries = parsed.success && parsed.data.format === FORMAT && endianness() === 'LE' ? parsed.data.entries : [];
    } catch {
      entries = [];
    }
  }
  return entries;
}

/** The compiled index named `fingerprint`, or null when the file has none (or none that fits). */
export function readCompiledIndex(fingerprint: string): CompiledIndex | null {
  const e = readEntries().find((x) => x.fingerprint === fingerprint);
  if (e === undefined) return null;
  return {
    scanned: e.scanned,
    tables: {
      nodes: new Int32Array(bytes(e.nodes)),
      edges: new Int32Array(bytes(e.edges)),
      rows: new Int32Array(bytes(e.rows)),
      triples: new Uint8Array(bytes(e.triples)),
      hereList: new Int32Array(bytes(e.hereList)),
      belowList: new Int32Array(bytes(e.belowList)),
      lists: e.lists,
      depth: e.depth,
    },
  };
}

/** Writes the file from scratch with these indexes (the build calls it for every language). */
export function writeCompiledIndexes(indexes: readonly (CompiledIndex & { readonly fingerprint: string })[]): void {
  const out = indexes.map(({ fingerprint, scanned, tables: t }) => ({
    fingerprint,
    scanned,
    nodes: encode(t.nodes),
    edges: encode(t.edges),
    rows: encode(t.rows),
    triples: encode(t.triples),
    hereList: encode(t.hereList),
    belowList: encode(t.belowList),
    lists: t.lists,
    depth: t.depth,
  }));
  writeFileSync(compiledUrl, `${JSON.stringify({ format: FORMAT, entries: out })}\n`);
  entries = null;
}
