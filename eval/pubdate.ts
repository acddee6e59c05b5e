// Publication-date accuracy on ../shared/eval/pubdate (315 real pages): one date per page compared
// by day; right = TP, wrong = FP, none = FN; a page whose truth is NaN is right when we give none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { extractArticle, extractMetadata } from '../src/ingest/index.js';
import { decodeHtmlBytes } from '../src/ingest/read/decode-html-bytes.js';
import type { EvalSuite } from './suites.js';
import { sharedDir } from './shared-dir.js';

const Truth = z.record(z.string(), z.object({ date: z.string().nullable(), file: z.string(), url: z.string().nullable().optional() }));

export const pubdateSuite: EvalSuite = {
  name: 'pubdate',
  async run() {
    const dir = join(sharedDir, 'eval', 'pubdate');
    const truth = Truth.parse(JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let trueNone = 0;
    const bySource = new Map<string, { right: number; wrong: number }>();
    const verbose = process.env.PUBDATE_VERBOSE === '1';
    for (const [id, page] of Object.entries(truth)) {
      const html = decodeHtmlBytes(gunzipSync(readFileSync(join(dir, page.file))));
      const url = page.url ?? null;
      const article = extractArticle(html, { url });
      const meta = extractMetadata({ html, text: article.text, url });
      const want = page.date === null || page.date === 'NaN' ? null : page.date;
      const got = meta.published;
      const source = meta.provenance.published ?? 'none';
      const tally = bySource.get(source) ?? { right: 0, wrong: 0 };
      if (got === null) {
        if (want === null) trueNone++;
        else fn++;
      } else if (got === want) tp++;
      else fp++;
      if (got !== null) {
        if (got === want) tally.right++;
        else tally.wrong++;
        bySource.set(source, tally);
      }
      if (verbose && got !== want) console.log(`  ${id} want ${want} got ${got} (${source}) ${url}`);
    }
    const total = Object.keys(truth).length;
    const accuracy = (tp + trueNone) / total;
    console.log(`pages ${total}: accuracy ${accuracy.toFixed(3)}  TP ${tp}  FP ${fp}  FN ${fn}${trueNone ? `  true-none ${trueNone}` : ''}`);
    console.log('peers (published on this benchmark): htmldate 0.90, newspaper4k 0.68, metadata alone ~0.64');
    const rows = [...bySource].sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong));
    for (const [source, t] of rows) console.log(`  ${source.padEnd(36)} right ${t.right}  wrong ${t.wrong}`);
  },
};
