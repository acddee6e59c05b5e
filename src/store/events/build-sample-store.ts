// A small store of hand-analysed articles (sentences written for chancery about real events),
// for in-process tests of the CLI and the API.
import { openStore } from '../open-store.js';
import { saveDocumentAnalysis } from '../save-document-analysis.js';
import { makeAnalysedDoc } from '../../knowledge/index.js';
import type { EventSketch } from '../../knowledge/index.js';
import type { OpenedStore } from '../open-store.js';

interface SampleArticle {
  readonly id: string;
  readonly published: string;
  readonly text: string;
  readonly duplicateOf?: string;
  readonly events: readonly EventSketch[];
}

const BOLIVIA = 'Bolivia broke off diplomatic relations with Israel on 31 October 2023, citing the war in Gaza.';
const DOWNGRADE = 'Other reports that month said Bolivia had merely downgraded its ties with Israel.';
const ARGENTINA = 'Argentina recognised Palestine as a free and independent state on 6 December 2010.';
const BRAZIL = 'Brazil recognised the State of Palestine on 3 December 2010.';
const MEXICO = 'In June 2023 Mexico raised the Palestinian delegation in Mexico City to a full embassy.';

const names = { BOL: 'Bolivia', ISR: 'Israel', ARG: 'Argentina', BRA: 'Brazil', PSE: 'Palestin', MEX: 'Mexico' };

export const SAMPLE_ARTICLES: readonly SampleArticle[] = [
  { id: 'bol-break', published: '2023-11-01', text: BOLIVIA, events: [{ type: 'sever_relations', sentence: BOLIVIA, source: ['BOL'], target: ['ISR'], date: '2023-10-31', names }] },
  { id: 'bol-downgrade', published: '2023-11-20', text: DOWNGRADE, events: [{ type: 'downgrade_relations', sentence: DOWNGRADE, source: ['BOL'], target: ['ISR'], date: '2023-10', granularity: 'month', names }] },
  { id: 'recognitions', published: '2010-12-20', text: `${BRAZIL} ${ARGENTINA}`, events: [
    { type: 'recognize', sentence: BRAZIL, source: ['BRA'], target: ['PSE'], date: '2010-12-03', names },
    { type: 'recognize', sentence: ARGENTINA, source: ['ARG'], target: ['PSE'], date: '2010-12-06', names },
  ] },
  { id: 'mex-embassy', published: '2023-06-20', text: MEXICO, events: [{ type: 'upgrade_mission', sentence: MEXICO, source: ['MEX'], target: ['PSE'], date: '2023-06', granularity: 'month', level: 'embassy', names }] },
  { id: 'mex-embassy-copy', published: '2023-06-21', text: MEXICO, duplicateOf: 'mex-embassy', events: [{ type: 'upgrade_mission', sentence: MEXICO, source: ['MEX'], target: ['PSE'], date: '2023-06', granularity: 'month', level: 'embassy', names }] },
];

/** Opens (creating) a store at `file` holding the sample articles and their analysis. */
export async function buildSampleStore(file: string): Promise<OpenedStore> {
  const store = await openStore(file);
  for (const a of SAMPLE_ARTICLES) {
    await store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('documents')
        .values({
          id: a.id,
          url: `https://news.example/${a.id}`,
          title: a.id,
          published: a.published,
          author: null,
          language: 'en',
          text: a.text,
          content_hash: `sample-${a.id}`,
          duplicate_of: a.duplicateOf ?? null,
          similarity: a.duplicateOf ? 1 : null,
          source_path: null,
          ingested_at: '2026-01-01T00:00:00Z',
          provenance: '{}',
          blocks: '[]',
          minhash: null,
        })
        .execute();
      await saveDocumentAnalysis(trx, a.id, makeAnalysedDoc(a.id, a.text, a.published, a.events));
    });
  }
  return store;
}
