// Whole-process throughput of `chancery clean --jsonl` as a user runs it (compiled, `bin/chancery.js`),
// beside the extractor alone and Mozilla Readability on linkedom, each in a fresh node process over
// the same JSONL file. The compile step is `npm run build`'s; without it the bench falls back to tsx.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MB = 1024 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));

// Preloaded into every compiled run: reports the process's CPU time, steadier than wall time on a
// machine shared with other jobs.
const CPU_HOOK = `
process.on('exit', () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  process.stderr.write('\\ncpu-seconds ' + (userCPUTime + systemCPUTime) / 1e6 + '\\n');
});
`;

// Runs inside dist/ so that bare imports resolve to the project's node_modules.
const COMPILED_WORKER = `
import { readFileSync } from 'node:fs';
const [mode, file] = process.argv.slice(2);
let extract;
if (mode === 'readability') {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  extract = (html) => {
    try { return new Readability(parseHTML(html).document).parse()?.textContent ?? ''; } catch { return ''; }
  };
} else {
  const { extractArticle } = await import('./ingest/html/index.js');
  extract = (html, url) => extractArticle(html, { url }).text;
}
const out = [];
for (const raw of readFileSync(file, 'utf8').split('\\n')) {
  if (!raw) continue;
  const input = JSON.parse(raw);
  out.push(JSON.stringify({ id: input.id, text: extract(input.html, input.url) }));
}
process.stdout.write(out.join('\\n') + '\\n');
`;

interface Rate {
  readonly wall: number;
  readonly cpu: number;
}

function run(args: readonly string[], count: number, mb: number, name: string): Rate | null {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: root, maxBuffer: 512 * MB });
  const seconds = (performance.now() - started) / 1000;
  const lines = child.stdout.toString().split('\n').filter(Boolean).length;
  const cpu = Number(/cpu-seconds (\S+)\s*$/.exec(child.stderr.toString())?.[1] ?? NaN);
  if (child.status !== 0 || lines !== count) {
    console.log(`  ${name}: failed (exit ${child.status}, ${lines} of ${count} lines): ${child.stderr.toString().trim().split('\n')[0]}`);
    return null;
  }
  const rate = { wall: mb / seconds, cpu: mb / cpu };
  const cpuText = Number.isFinite(cpu) ? ` (${rate.cpu.toFixed(1)} per CPU s)` : '';
  console.log(`  ${name.padEnd(24)} ${rate.wall.toFixed(1).padStart(6)} MB/s${cpuText} ${(count / seconds).toFixed(0).padStart(5)} docs/s  (${seconds.toFixed(2)} s)`);
  return rate;
}

/** `npm run build`'s compile step; type errors elsewhere in the tree still emit JavaScript. */
function compile(): boolean {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root });
  if (built.status !== 0) console.log('  (tsc reported errors; timing what it emitted)');
  return existsSync(join(root, 'dist', 'cli', 'main.js')) && existsSync(join(root, 'dist', 'ingest', 'html', 'index.js'));
}

export function measureWholeProcess(pages: readonly { id: string; html: string; url: string | null }[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
  const workerFile = join(root, 'dist', 'bench-clean-worker.mjs');
  const hookFile = join(root, 'dist', 'bench-cpu-hook.mjs');
  try {
    const file = join(dir, 'pages.jsonl');
    writeFileSync(file, pages.map((p) => JSON.stringify({ id: p.id, html: p.html, url: p.url })).join('\n'));
    const mb = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0) / MB;
    const compiled = compile();
    let chancery: string[];
    let worker: string[];
    if (compiled) {
      writeFileSync(workerFile, COMPILED_WORKER);
      writeFileSync(hookFile, CPU_HOOK);
      const hook = ['--import', pathToFileURL(hookFile).href];
      chancery = [...hook, join(root, 'bin', 'chancery.js'), 'clean', '--jsonl', file];
      worker = [...hook, workerFile];
      console.log(`whole process, compiled (npm run build), ${pages.length} pages, ${mb.toFixed(1)} MB:`);
    } else {
      const tsWorker = fileURLToPath(new URL('./clean-worker.ts', import.meta.url));
      chancery = ['--import', 'tsx', tsWorker, 'chancery', file];
      worker = ['--import', 'tsx', tsWorker];
      console.log(`whole process under tsx (the compile step failed), ${pages.length} pages, ${mb.toFixed(1)} MB:`);
    }
    const rates = {
      chancery: run(chancery, pages.length, mb, 'chancery clean --jsonl'),
      ours: run([...worker, 'ours', file], pages.length, mb, 'extractor alone'),
      readability: run([...worker, 'readability', file], pages.length, mb, 'Readability (linkedom)'),
    };
    const base = rates.readability;
    for (const [name, r] of [['chancery clean --jsonl', rates.chancery], ['extractor alone', rates.ours]] as const) {
      if (!r || !base) continue;
      const cpu = Number.isFinite(r.cpu / base.cpu) ? `, ${(r.cpu / base.cpu).toFixed(1)}x CPU` : '';
      console.log(`  ${name} vs Readability: ${(r.wall / base.wall).toFixed(1)}x wall${cpu} (target >= 2x)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(workerFile, { force: true });
    rmSync(hookFile, { force: true });
  }
}
