// Golden fixtures: test/fixtures/events/<case>/{input.txt, mentions.json, expected.json}.
// mentions.json lists the actors as [surface, code] pairs or objects (see build-test-doc.ts), so
// the fixtures pin the events stage alone, whatever the actors stage finds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCtx } from '../core/index.js';
import { buildTestDoc } from './build-test-doc.js';
import { makeEventExtractor, makeEventRefiner } from './index.js';
import { summarizeEvents } from './summarize-events.js';
import type { MentionSpec } from './build-test-doc.js';
import type { EventSummary } from './summarize-events.js';

export const FIXTURE_DIR = new URL('../../test/fixtures/events/', import.meta.url);
export const FIXTURE_PUBLISHED = '2024-06-01';

export function fixtureCases(): string[] {
  const dir = FIXTURE_DIR.pathname;
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => existsSync(join(dir, name, 'input.txt'))).sort();
}

export function runEventFixture(name: string): EventSummary[] {
  const dir = join(FIXTURE_DIR.pathname, name);
  const text = readFileSync(join(dir, 'input.txt'), 'utf8');
  const mentions = JSON.parse(readFileSync(join(dir, 'mentions.json'), 'utf8')) as MentionSpec[];
  const ctx = makeCtx(FIXTURE_PUBLISHED);
  const doc = buildTestDoc(text, mentions, FIXTURE_PUBLISHED);
  return summarizeEvents(makeEventRefiner().run(makeEventExtractor().run(doc, ctx), ctx));
}
