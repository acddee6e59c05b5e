import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { makeApp } from '../make-app.js';
import { buildSampleStore } from '../../store/events/index.js';
import type { OpenedStore } from '../../store/index.js';

let store: OpenedStore;
let app: ReturnType<typeof makeApp>;
const TOKEN = 'sesame-42';
const write = { 'Content-Type': 'application/json', 'X-Chancery-Csrf': '1', 'X-Chancery-Token': TOKEN, Host: 'localhost:8080' };

before(async () => {
  store = await buildSampleStore(':memory:');
  app = makeApp(store, { token: TOKEN, webRoot: '/nonexistent-web-root' });
});
after(() => store.close());

const eventId = async (type: string) => (await store.db.selectFrom('events').select('id').where('type', '=', type).executeTakeFirstOrThrow()).id;

async function post(path: string, body: unknown, headers: Record<string, string> = write) {
  const res = await app.request(path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

test('writes need the token, the anti-CSRF header and the page origin; reads do not', async () => {
  const id = await eventId('downgrade_relations');
  const path = `/api/reviews/events/${id}`;
  const { 'X-Chancery-Token': _token, ...noToken } = write;
  const { 'X-Chancery-Csrf': _csrf, ...noCsrf } = write;
  assert.equal((await post(path, { action: 'reject' }, noToken)).status, 403);
  assert.equal((await post(path, { action: 'reject' }, { ...write, 'X-Chancery-Token': 'wrong' })).status, 403);
  assert.equal((await post(path, { action: 'reject' }, noCsrf)).status, 403);
  assert.equal((await post(path, { action: 'reject' }, { ...write, Origin: 'http://evil.example' })).status, 403);
  assert.equal((await post(path, { action: 'reject' }, { ...write, Origin: 'http://localhost:8080' })).status, 200);
  const res = await app.request('/api/ui/events?limit=1');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/);
});

test('a correction is validated, applied to pair queries and listed in the audit log', async () => {
  const id = await eventId('sever_relations');
  assert.equal((await post(`/api/reviews/events/${id}`, { action: 'correct', correction: { date: 'last week' } })).status, 400);
  assert.equal((await post(`/api/reviews/events/${id}`, { action: 'correct', correction: {} })).status, 400);
  assert.equal((await post(`/api/reviews/events/999999`, { action: 'confirm' })).status, 404);
  const ok = await post(`/api/reviews/events/${id}`, { action: 'correct', reviewer: 'ana', correction: { date: '2023-11-01', polarity: 'asserted' } });
  assert.equal(ok.status, 200);
  const relations = (await (await app.request('/api/relations?a=BOL&b=ISR&asOf=2023-10-31')).json()) as { relations: { status: string } };
  assert.notEqual(relations.relations.status, 'severed', 'the break now dates from 1 November');
  const log = (await (await app.request('/api/reviews/log')).json()) as { entries: { action: string; reviewer: string }[] };
  assert.deepEqual(log.entries.slice(0, 1).map((e) => [e.action, e.reviewer]), [['correct', 'ana']]);
  const detail = (await (await app.request(`/api/ui/events/${id}`)).json()) as { event: { review: { status: string } }; history: unknown[] };
  assert.equal(detail.event.review.status, 'corrected');
  assert.equal(detail.history.length, 1);
});

test('the UI listing filters by pair, polarity, source and review state, newest first', async () => {
  const get = async (qs: string) => (await (await app.request(`/api/ui/events?${qs}`)).json()) as { total: number; events: { type: string; document: string }[] };
  assert.deepEqual((await get('pair=ARG,PSE')).events.map((e) => e.type), ['recognize']);
  assert.equal((await get('polarity=negated')).total, 0);
  assert.deepEqual((await get('source=mex-embassy-copy')).events.map((e) => e.document), ['mex-embassy-copy']);
  const all = await get('limit=10');
  assert.equal(all.events[0].document.startsWith('bol-'), true);
  assert.equal((await app.request('/api/ui/events?pair=ARG')).status, 400);
  assert.equal((await app.request('/api/ui/events?polarity=maybe')).status, 400);
});

test('the map colours recognisers of a state as of a date', async () => {
  const map = async (qs: string) => (await (await app.request(`/api/ui/map?${qs}`)).json()) as { values: { state: string; value: string }[] };
  assert.deepEqual((await map('relation=recognizes&state=Palestine&asOf=2010-12-04')).values.map((v) => v.state), ['BRA']);
  assert.deepEqual((await map('relation=recognizes&state=PSE&asOf=2011')).values.map((v) => v.state).sort(), ['ARG', 'BRA']);
});

test('an upload is ingested by the CLI path and a missing client build is a plain 503', async () => {
  const text = 'Chile established diplomatic relations with Vietnam on 25 March 1971, the two foreign ministries said.';
  const res = await app.request('/api/ingest?name=../../chile.txt', { method: 'POST', headers: { ...write, 'Content-Type': 'application/octet-stream' }, body: text });
  const body = (await res.json()) as { name: string; summary: { stored: number }; documents: { id: string }[] };
  assert.equal(res.status, 200);
  assert.equal(body.name, 'chile.txt');
  assert.equal(body.summary.stored, 1);
  assert.equal(body.documents.length, 1);
  const again = (await (await app.request('/api/ingest?name=chile.txt', { method: 'POST', headers: { ...write, 'Content-Type': 'application/octet-stream' }, body: text })).json()) as { summary: { unchanged: number } };
  assert.equal(again.summary.unchanged, 1);
  const page = await app.request('/');
  assert.equal(page.status, 503);
  assert.match(await page.text(), /npm run build:web/);
});

test('/openapi.json describes the web UI routes too', async () => {
  const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
  for (const p of ['/api/reviews/events/{id}', '/api/reviews/queue', '/api/reviews/log', '/api/ui/events', '/api/ui/map', '/api/ingest', '/api/relations']) assert.ok(p in doc.paths, p);
});
