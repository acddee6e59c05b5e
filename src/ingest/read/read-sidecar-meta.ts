import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** Metadata a collection states for one of its files. */
export interface StatedMeta {
  readonly published: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly author: string | null;
}

export const SIDECAR_NAME = 'meta.json';

const entrySchema = z.looseObject({
  published: z.string().nullish(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  author: z.string().nullish(),
});
const sidecarSchema = z.record(z.string(), entrySchema);

export type Sidecar = { readonly ok: true; readonly entries: ReadonlyMap<string, StatedMeta> } | { readonly ok: false; readonly reason: string };

/**
 * A folder's `meta.json` (`{"file.txt": {"published": "2023-06-15", "title"?, "url"?, "author"?}}`):
 * how saved scrapes keep the dates their text does not carry. Absent gives no entries.
 */
export async function readSidecarMeta(dir: string): Promise<Sidecar> {
  let text: string;
  try {
    text = await readFile(join(dir, SIDECAR_NAME), 'utf8');
  } catch {
    return { ok: true, entries: new Map() };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `malformed JSON (${error instanceof Error ? error.message : String(error)}); its metadata is ignored` };
  }
  const parsed = sidecarSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'expected {"file name": {"published"?, "title"?, "url"?, "author"?}}; its metadata is ignored' };
  const entries = new Map<string, StatedMeta>();
  for (const [name, entry] of Object.entries(parsed.data)) {
    entries.set(name, { published: entry.published ?? null, title: entry.title ?? null, url: entry.url ?? null, author: entry.author ?? null });
  }
  return { ok: true, entries };
}
