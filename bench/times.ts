// Throughput of time-expression finding (finder and anchorer together): on a large generated
// news-like text, on the TimeBank dev texts when ../shared is present, and on inputs built to
// trip regular expressions (long runs of blanks, links, digits, number words), which must finish quickly.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimexes } from '../src/time/index.js';
import { sharedDir } from '../eval/shared-dir.js';
import type { Bench } from './benches.js';

// Sentence frames in the register of wire news; {slots} are filled at random.
const frames = [
  'On {WD} the foreign ministry said it had recalled its ambassador, {N} weeks after the vote of {MON} {D}, {Y}.',
  'In {Y} the two governments signed a treaty; a decade later, in the summer of {Y2}, talks resumed for {N} days.',
  'Officials expect the embassy to reopen in {MON}, and the minister will travel there next week, sources said.',
  'The company reported third-quarter earnings of ${D} million, up from a year ago, and pays a dividend quarterly.',
  'Protesters have gathered every day since last month, and the government currently has no plans to respond.',
  'The central bank left its main rate unchanged at {D} percent and said inflation would ease by the end of the year.',
  'Rescue teams searched the collapsed buildings through the night as aftershocks shook the coastal town.',
  'The opposition leader, who spent {N} years in exile, returned to the capital on {MON} {D} to a crowd of supporters.',
  'Negotiators met behind closed doors at a hotel near the lake, and neither side commented afterwards.',
  'Shares of the carmaker fell {D} percent in early trading after it cut its forecast for the fiscal year.',
  'The court will hear the appeal next {WD} at 10 a.m., a spokeswoman for the prosecutors said.',
  'Farmers blocked the motorway with tractors, demanding lower fuel taxes and a ban on cheap imports.',
  'Earlier this week the parliament approved the budget by {D} votes to {D2}, ending months of deadlock.',
  'The agreement, first proposed in the {DEC}s, still needs the approval of both legislatures.',
  'Since {Y} the port has handled more than {D} million containers, according to the harbour authority.',
  'The storm is expected to reach the northern islands by {WD} evening and weaken over the following days.',
  'Voters in the southern provinces will elect a new regional assembly in the spring of {Y2}.',
  'The envoy held talks with rebel commanders for three hours but left without a statement.',
  'Two years ago the factory employed {D} people; today fewer than half of them still work there.',
  'The minister resigned in {MON} {Y} after a report found that contracts had been awarded without tender.',
  'Trade between the neighbours has doubled over the past decade, driven by gas exports and cheap electronics.',
  'The summit, scheduled for the first week of {MON}, was postponed until further notice.',
  'Aid agencies warned that the harvest, already poor last year, could fail again if rains do not come soon.',
  'The new line will carry passengers between the two cities in under {N} hours from {Y2}, the operator said.',
];

// Most news sentences carry no time expression: real articles hold about three per kilobyte.
const plain = [
  'The ministry did not say how many officials would take part or who would lead the delegation.',
  'Critics accused the government of ignoring the warnings of its own scientists about the dam.',
  'The talks focused on water rights, the release of prisoners and the reopening of border crossings.',
  'A spokesman for the rebels said their fighters would respect the truce as long as the army did.',
  'Residents said the water supply had been cut and that food prices had risen sharply in the markets.',
  'Diplomats from both countries described the meeting as constructive but gave no further details.',
  'The bank, which lends mostly to small farmers, has struggled with bad loans and rising costs.',
  'Opposition lawmakers walked out of the chamber in protest, and the speaker suspended the session.',
  'The report found that the contracts were awarded to firms owned by relatives of senior officials.',
  'Police fired tear gas to disperse the crowd, and several people were taken to hospital with injuries.',
  'The union represents dock workers at the main port and has threatened to extend the strike.',
  'Analysts said the decision reflected growing concern in the capital about the cost of the war.',
  'The foreign minister told reporters that the door to negotiations remained open to all parties.',
  'Human rights groups have documented arrests of journalists and the closure of independent newspapers.',
  'The company said it would appeal the ruling and that its operations in the region would continue.',
  'Neighbouring states have offered to mediate, but neither government has accepted their proposals.',
];

const words: Record<string, readonly string[]> = {
  WD: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  MON: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'Sept.', 'October', 'Nov.', 'December'],
  N: ['two', 'three', 'four', 'six', 'twelve', 'several', 'five'],
  DEC: ['1970', '1980', '1990'],
};

function makeRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About `bytes` of generated news paragraphs, the same on every run. */
export function makeNewsLikeText(bytes: number, seed = 11): string {
  const next = makeRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const fill = (slot: string): string => {
    if (slot === 'Y' || slot === 'Y2') return String(1985 + Math.floor(next() * 40));
    if (slot === 'D' || slot === 'D2') return String(1 + Math.floor(next() * 28));
    return pick(words[slot] ?? ['']);
  };
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = 2 + Math.floor(next() * 4);
    const sentence = (): string => (next() < 0.22 ? pick(frames).replace(/\{([A-Z0-9]+)\}/g, (_, s: string) => fill(s)) : pick(plain));
    const paragraph = Array.from({ length: n }, sentence).join(' ');
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

/** Runs `work` for about `ms` and prints wall and CPU throughput (the CPU figure resists a loaded machine). */
function measure(label: string, bytes: number, work: () => void, ms = 3000): void {
  work();
  const latencies: number[] = [];
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - started < ms || latencies.length < 2) {
    const t0 = performance.now();
    work();
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  latencies.sort((a, b) => a - b);
  const pct = (p: number): string => (latencies[Math.floor(p * (latencies.length - 1))] ?? 0).toFixed(1);
  const mb = (latencies.length * bytes) / 1e6;
  console.log(`${label}: ${latencies.length} runs of ${(bytes / 1e6).toFixed(2)} MB, p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms`);
  console.log(`  wall ${(mb / seconds).toFixed(2)} MB/s, cpu ${(mb / cpuSeconds).toFixed(2)} MB/s per core (target >= 15 MB/s)`);
}

function timebankDocs(): { text: string; dct: string }[] | null {
  const file = join(sharedDir, 'eval', 'timebank', 'dev.jsonl');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; dct: string });
}

function pathological(label: string, text: string): void {
  const t0 = performance.now();
  const n = findTimexes(text, '2024-05-20').length;
  console.log(`pathological ${label} (${(text.length / 1e6).toFixed(1)} MB): ${n} timexes in ${(performance.now() - t0).toFixed(0)} ms`);
}

export const timesBench: Bench = {
  name: 'times',
  async run() {
    const text = makeNewsLikeText(1_200_000);
    const found = findTimexes(text, '2024-05-20').length;
    console.log(`generated news-like text: ${found} timexes, ${((found / text.length) * 1000).toFixed(1)} per KB (real news about 3)`);
    measure('generated news-like text', Buffer.byteLength(text), () => findTimexes(text, '2024-05-20'));
    const docs = timebankDocs();
    if (docs) {
      const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
      measure(`TimeBank dev (${docs.length} docs)`, bytes, () => docs.forEach((d) => findTimexes(d.text, d.dct)));
    } else console.log('TimeBank dev: skipped, ../shared/eval/timebank not found');
    pathological('blanks', ' '.repeat(1_000_000));
    pathological('links', 'https://example.org/a/b?c=1 '.repeat(36_000));
    pathological('digits', '1234567890 '.repeat(91_000));
    pathological('digit run', '9'.repeat(1_000_000));
    pathological('number words', 'two three four five and six '.repeat(36_000));
    console.log(`heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  },
};
