import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { runCli } from '../main.js';
import type { CliIo } from '../io.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TOTAL = 300;
const WORDS = ('embassy minister treaty border envoy summit talks accord trade council vote sanctions aid ' +
  'consulate delegation recall protest statement agreement ceasefire mission capital parliament court ' +
  'harbour railway pipeline election budget drought harvest festival museum bridge river coast valley').split(' ');
const STATES = ['Chile', 'Peru', 'Kenya', 'Ghana', 'Norway', 'Laos', 'Fiji', 'Oman', 'Chad', 'Cuba', 'Iraq', 'Mali'];

/** A deterministic pseudo-random article, different enough from every other to never be a near-duplicate. */
function article(n: number): string {
  let state = n * 2654435761 + 1;
  const next = (k: number): number => {
    state = (Math.imul(state ^ (state >>> 13), 1103515245) + 12345) >>> 0;
    return state % k;
  };
  const words: string[] = [];
  for (let i = 0; i < 90; i++) words.push(i % 9 === 0 ? STATES[next(STATES.length)]! : WORDS[next(WORDS.length)]!);
  return `Report ${n}: ${words.join(' ')}.`;
}

async function writeBatch(path: string): Promise<void> {
  const out = createWriteStream(path);
  for (let n = 0; n < TOTAL; n++) out.write(JSON.stringify({ id: `g${n}`, text: article(n) }) + '\n');
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function countStored(db: string): number {
  try {
    const sqlite = new SqliteDatabase(db, { readonly: true, fileMustExist: true });
    try {
      return (sqlite.prepare('select count(*) as n from documents').get() as { n: number }).n;
    } finally {
      sqlite.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

test('a batch killed mid-way leaves a consistent store, and the next run resumes where it stopped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-resume-'));
  try {
    const batch = join(dir, 'batch.jsonl');
    const db = join(dir, 'store.db');
    await writeBatch(batch);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e',
        "const { runCli } = await import('./src/cli/main.ts'); process.exitCode = await runCli(process.argv);",
        'chancery', '--db', db, 'ingest', batch],
      { cwd: ROOT, stdio: 'ignore' },
    );
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let finished = false;
    void exited.then(() => (finished = true));
    while (!finished && countStored(db) < 10) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGKILL');
    await exited;

    const sqlite = new SqliteDatabase(db);
    let before: number;
    try {
      assert.equal((sqlite.prepare('pragma integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
      sqlite.prepare("insert into documents_fts(documents_fts) values ('integrity-check')").run();
      before = (sqlite.prepare('select count(*) as n from documents').get() as { n: number }).n;
      const indexed = (sqlite.prepare('select count(*) as n from documents_fts').get() as { n: number }).n;
      assert.equal(indexed, before);
      const orphans = sqlite.prepare('select count(*) as n from document_lsh where document_id not in (select id from documents)').get() as { n: number };
      assert.equal(orphans.n, 0);
    } finally {
      sqlite.close();
    }
    assert.ok(before > 0 && before < TOTAL, `the killed run stopped part-way (${before} of ${TOTAL})`);

    let stdout = '';
    const io: CliIo = { stdout: (t) => void (stdout += t), stderr: () => {}, stdin: Readable.from([]), isTty: false };
    const code = await runCli(['node', 'chancery', '--db', db, 'ingest', batch, '--json'], io);
    assert.equal(code, 0);
    const summary = JSON.parse(stdout) as { stored: number; unchanged: number; failed: number };
    assert.equal(summary.unchanged, before);
    assert.equal(summary.stored, TOTAL - before);
    assert.equal(countStored(db), TOTAL);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
