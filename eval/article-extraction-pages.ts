import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { sharedDir } from './shared-dir.js';

export interface ExtractionPage {
  readonly id: string;
  readonly url: string | null;
  readonly html: string;
  readonly truth: string;
  readonly bytes: number;
}

const groundTruthSchema = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string().nullish() }));

export const extractionDir = join(sharedDir, 'eval', 'article-extraction');

/** The 131 benchmark pages with their gold article bodies; null when ../shared is absent. */
export function loadExtractionPages(): ExtractionPage[] | null {
  const truthFile = join(extractionDir, 'ground-truth.json');
  if (!existsSync(truthFile)) return null;
  const truth = groundTruthSchema.parse(JSON.parse(readFileSync(truthFile, 'utf8')));
  const pages: ExtractionPage[] = [];
  for (const [id, entry] of Object.entries(truth)) {
    const file = join(extractionDir, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    const raw = gunzipSync(readFileSync(file));
    // The benchmark pages are UTF-8; charset sniffing belongs to the ingest reader, not this score.
    pages.push({ id, url: entry.url ?? null, html: raw.toString('utf8'), truth: entry.articleBody, bytes: raw.length });
  }
  return pages;
}
