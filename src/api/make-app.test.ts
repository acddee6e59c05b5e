import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { makeApp } from './make-app.js';
import { buildSampleStore } from '../store/events/index.js';
import type { OpenedStore } from '../store/index.js';

let store: OpenedStore;
let app: ReturnType<typeof makeApp>;

before(async () => {
  store = await buildSampleStore(':memory:');
  app = makeApp(store);
});
after(() => store.close());

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

test('GET /api/relations answers the relations contract', async () => {
  const { status, body } = await get('/api/relations?a=Mexico&b=PSE&asOf=2024-01-01');
  assert.equal(status, 200);
  assert.equal(body.a, 'MEX');
  assert.equal((body.missions as { bInA: string }).bInA, 'embassy');
});

test('bad input is a 400 with a JSON message and a code from the closed set', async () => {
  for (const path of ['/api/relations?a=MEX', '/api/relations?a=MEX&b=Atlantis', '/api/relations?a=MEX&b=PSE&asOf=yesterday', '/api/events?limit=0', '/api/relations?a=Mexico&b=MEX']) {
    const { status, body } = await get(path);
    assert.equal(status, 400, path);
    const error = body.error as { code: string; message: string };
    assert.equal(error.code, 'bad_request', path);
    assert.ok(error.message.length > 0, path);
  }
});

test('GET /api/recognizers and /api/timeline', async () => {
  const rec = await get('/api/recognizers?state=PSE&asOf=2011');
  assert.deepEqual((rec.body.recognizers as { state: string }[]).map((r) => r.state), ['BRA', 'ARG']);
  const timeline = await get('/api/timeline?a=BOL&b=ISR');
  assert.equal(timeline.status, 200);
  assert.ok((timeline.body.entries as { conflicts: unknown[] }[]).some((e) => e.conflicts.length > 0));
});

test('GET /api/events filters, /api/documents/:id shows a document with its events', async () => {
  const events = await get('/api/events?actor=BOL&type=sever_relations&since=2023');
  assert.equal((events.body.events as unknown[]).length, 1);
  const doc = await get('/api/documents/recognitions');
  assert.equal(doc.status, 200);
  assert.equal((doc.body.events as unknown[]).length, 2);
  assert.equal((await get('/api/documents/nothing-here')).status, 404);
});

test('GET /api/search finds documents by words', async () => {
  const { status, body } = await get('/api/search?q=Bolivia%20Gaza');
  assert.equal(status, 200);
  assert.deepEqual((body.results as { id: string }[]).map((r) => r.id), ['bol-break']);
});

test('GET /openapi.json describes every route', async () => {
  const { body } = await get('/openapi.json');
  const paths = Object.keys(body.paths as object);
  for (const p of ['/api/relations', '/api/timeline', '/api/recognizers', '/api/events', '/api/documents/{id}', '/api/search']) assert.ok(paths.includes(p), p);
});
