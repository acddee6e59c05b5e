import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../main.js';
import { buildSampleStore } from '../../store/events/index.js';
import { runEventsQuery } from '../events-query.js';
import type { CliIo } from '../io.js';

let dir = '';
let db = '';

function fakeIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    stdin: process.stdin,
    isTty: false,
  };
  return io;
}

async function run(...args: string[]) {
  const io = fakeIo();
  const code = await runCli(['node', 'chancery', '--db', db, ...args], io);
  return { code, out: io.out, err: io.err };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chancery-cli-'));
  db = join(dir, 'store.db');
  await (await buildSampleStore(db)).close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('relations --json prints the contract, names and codes both accepted', async () => {
  const { code, out } = await run('relations', 'Mexico', 'PSE', '--as-of', '2023-12-31', '--json');
  assert.equal(code, 0);
  const answer = JSON.parse(out);
  assert.equal(answer.a, 'MEX');
  assert.equal(answer.b, 'PSE');
  assert.equal(answer.asOf, '2023-12-31');
  assert.equal(answer.missions.bInA, 'embassy');
  assert.equal(answer.missions.citations[0].url, 'https://news.example/mex-embassy');
  for (const key of ['document', 'url', 'published', 'evidence']) assert.ok(key in answer.missions.citations[0]);
  assert.deepEqual(answer.conflicts, []);
  // Every field CONTRACTS.md names, with its type.
  assert.ok(['established', 'suspended', 'severed', 'none', 'unknown'].includes(answer.relations.status));
  assert.ok(answer.relations.since === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(answer.relations.since));
  assert.ok(Array.isArray(answer.relations.citations));
  for (const key of ['aRecognizesB', 'bRecognizesA']) assert.ok([true, false, null].includes(answer.recognition[key]));
  for (const key of ['aInB', 'bInA']) assert.ok(['embassy', 'consulate', 'delegation', 'office', 'none', 'unknown'].includes(answer.missions[key]));
  assert.ok(Array.isArray(answer.recognition.citations) && Array.isArray(answer.conflicts));
});

test('relations shows both sides when sources disagree', async () => {
  const { out } = await run('relations', 'BOL', 'ISR', '--as-of', '2024-01-01', '--json');
  const answer = JSON.parse(out);
  assert.equal(answer.conflicts.length, 1);
  assert.deepEqual(answer.conflicts[0].sides.map((s: { value: string }) => s.value).sort(), ['established', 'severed']);
  const text = await run('relations', 'Bolivia', 'Israel', '--as-of', '2024-01-01');
  assert.match(text.out, /sources disagree/);
});

test('an unknown state is one line on stderr and a non-zero status', async () => {
  const { code, err } = await run('relations', 'Atlantis', 'MEX');
  assert.notEqual(code, 0);
  assert.equal(err.trim().split('\n').length, 1);
  assert.match(err, /Atlantis/);
  assert.equal((await run('timeline', 'Mexico', 'MEX')).code, 2);
});

test('recognizers lists recognitions up to the date only', async () => {
  const before2010 = JSON.parse((await run('recognizers', 'Palestine', '--as-of', '2010-12-04', '--json')).out);
  assert.deepEqual(before2010.recognizers.map((r: { state: string }) => r.state), ['BRA']);
  const after2010 = JSON.parse((await run('recognizers', 'PSE', '--as-of', '2011-06-30', '--json')).out);
  assert.deepEqual(after2010.recognizers.map((r: { state: string }) => r.state), ['BRA', 'ARG']);
});

test('timeline lists the upgrade with its citations', async () => {
  const timeline = JSON.parse((await run('timeline', 'PSE', 'MEX', '--json')).out);
  const entry = timeline.entries.find((e: { facet: string }) => e.facet === 'mission');
  assert.equal(entry.value, 'embassy');
  assert.equal(entry.holder, 'PSE');
  assert.equal(entry.citations.length, 2);
  assert.equal(timeline.events[0].independentSources, 1);
});

test('export csv has a header and one row per merged event', async () => {
  const out = join(dir, 'events.csv');
  const { code } = await run('export', '--format', 'csv', '--out', out);
  assert.equal(code, 0);
  const lines = readFileSync(out, 'utf8').trim().split('\n');
  assert.match(lines[0], /^event_id,type,plover/);
  assert.equal(lines.length, 1 + 5);
  const plover = (await run('export', '--format', 'plover')).out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(plover.length, 5);
  assert.equal((await run('export', '--format', 'xml')).code, 2);
});

test('the stored-events query filters by actor, type and date', async () => {
  const io = fakeIo();
  const status = { code: 0 };
  await runEventsQuery({ db, actor: 'Bolivia', type: 'sever_relations', since: '2020-01-01', json: true }, io, status);
  const events = JSON.parse(io.out);
  assert.equal(events.length, 1);
  assert.equal(events[0].document, 'bol-break');
  const none = fakeIo();
  await runEventsQuery({ db, actor: 'BOL', since: '2024' }, none, status);
  assert.equal(none.out, 'no events\n');
});

test('the events command without a file answers from the store', async () => {
  const { code, out } = await run('events', '--actor', 'Bolivia', '--json');
  assert.equal(code, 0);
  assert.deepEqual(JSON.parse(out).map((e: { type: string }) => e.type).sort(), ['downgrade_relations', 'sever_relations']);
});
