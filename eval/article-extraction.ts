// Article-body extraction on ../shared/eval/article-extraction, ours beside Mozilla Readability.
import { countShingles, extractArticle, scoreShingles } from '../src/ingest/html/index.js';
import type { ShingleCounts, ShingleScore } from '../src/ingest/html/index.js';
import { extractionDir, loadExtractionPages } from './article-extraction-pages.js';
import { readabilityText } from './readability-baseline.js';
import type { EvalSuite } from './suites.js';

function line(name: string, s: ShingleScore): string {
  return `${name.padEnd(22)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
}

function pageF1({ tp, fp, fn }: ShingleCounts): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

export const articleExtraction: EvalSuite = {
  name: 'article-extraction',
  async run() {
    const pages = loadExtractionPages();
    if (!pages) {
      console.log(`article-extraction: ${extractionDir} is absent; skipped`);
      return;
    }
    const ours: ShingleCounts[] = [];
    const theirs: ShingleCounts[] = [];
    const rows: { id: string; url: string | null; ours: ShingleCounts }[] = [];
    for (const page of pages) {
      const counts = countShingles(extractArticle(page.html, { url: page.url }).text, page.truth);
      ours.push(counts);
      rows.push({ id: page.id, url: page.url, ours: counts });
      theirs.push(countShingles(readabilityText(page.html), page.truth));
    }
    console.log(`${pages.length} pages; 4-token shingle P/R/F1 (../shared/README.md)`);
    const a = scoreShingles(ours);
    const b = scoreShingles(theirs);
    console.log(line('chancery', a));
    console.log(line('Readability (linkedom)', b));
    console.log(`target F1 >= 0.960 and above Readability: ${a.f1 >= 0.96 && a.f1 > b.f1 ? 'met' : 'NOT met'}`);
    const worst = [...rows].sort((x, y) => pageF1(x.ours) - pageF1(y.ours)).slice(0, Number(process.env.WORST ?? 5));
    console.log('weakest pages (ours):');
    for (const r of worst) {
      const { tp, fp, fn } = r.ours;
      console.log(`  F1 ${pageF1(r.ours).toFixed(2)} tp ${tp} fp ${fp} fn ${fn}  ${r.id.slice(0, 12)} ${r.url ?? ''}`);
    }
  },
};
