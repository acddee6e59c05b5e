// Ingest from the browser: one file (or pasted text/HTML) per request, read and stored by the
// same path as `chancery ingest` (readInputs -> runIngest), so formats, cleaning, dedup and
// analysis are the CLI's. The page sends files one at a time and shows progress between them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { runIngest } from '../../cli/ingest/index.js';
import { describeFailure, readInputs } from '../../ingest/read/index.js';
import { ApiError } from '../api-error.js';
import type { ReadItem } from '../../ingest/read/index.js';
import type { ApiEnv } from '../api-env.js';

/** Largest upload accepted, in bytes. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

// The extensions `chancery ingest` reads (src/ingest/read/detect-format.ts), optionally gzipped.
const READABLE = /\.(html?|xhtml|txt|text|md|markdown|jsonl|ndjson|xml|rss|atom)(\.gz)?$/i;

/** A safe file name that keeps the extension the readers go by. */
export function uploadName(raw: string | undefined, body: Uint8Array): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '').slice(0, 100);
  if (READABLE.test(clean)) return clean;
  const head = Buffer.from(body.subarray(0, 512)).toString('utf8').trimStart();
  return `${clean || 'pasted'}.${head.startsWith('<') ? 'html' : 'txt'}`;
}

async function* renamed(items: AsyncIterable<ReadItem>, dir: string, name: string): AsyncGenerator<ReadItem> {
  for await (const item of items) yield { ...item, source: item.source.startsWith(dir) ? `upload:${name}` : item.source };
}

export const ingestUploadRoutes = new Hono<ApiEnv>().post('/ingest', async (c) => {
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > MAX_UPLOAD_BYTES) throw new ApiError('too_large', `uploads are limited to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  const body = new Uint8Array(await c.req.arrayBuffer());
  if (body.length > MAX_UPLOAD_BYTES) throw new ApiError('too_large', `uploads are limited to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  if (body.length === 0) throw new ApiError('bad_request', 'the upload is empty');
  const name = uploadName(c.req.query('name'), body);
  const dir = await mkdtemp(join(tmpdir(), 'chancery-upload-'));
  try {
    const path = join(dir, name);
    await writeFile(path, body);
    const db = c.var.store.db;
    const before = new Set((await db.selectFrom('documents').select('id').where('source_path', 'like', `upload:${name}%`).execute()).map((r) => r.id));
    const failures: string[] = [];
    const summary = await runIngest({
      db,
      inputs: renamed(readInputs([path], { maxBytes: MAX_UPLOAD_BYTES }), dir, name),
      onFailure: (failure) => failures.push(describeFailure(failure)),
    });
    const documents = await db
      .selectFrom('documents')
      .select(['id', 'title', 'duplicate_of'])
      .where('source_path', 'like', `upload:${name}%`)
      .execute();
    return c.json({
      name,
      summary,
      failures,
      documents: documents.filter((d) => !before.has(d.id)).map((d) => ({ id: d.id, title: d.title, duplicateOf: d.duplicate_of })),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
