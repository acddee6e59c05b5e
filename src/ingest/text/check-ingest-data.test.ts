import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIngestData } from './check-ingest-data.js';

test('the shipped data/ingest files pass their schema and consistency checks', async () => {
  assert.deepEqual(await checkIngestData(), []);
});
