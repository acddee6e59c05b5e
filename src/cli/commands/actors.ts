// `chancery actors FILE [--published YYYY-MM-DD] [--json] [--actors USER.yaml]`: the actor
// mentions of a text, each with its span, code, sector, canonical name and, for people, the role
// held on the document's date.
import { readFileSync } from 'node:fs';
import { makeCtx, makeDoc } from '../../core/index.js';
import type { Mention } from '../../core/index.js';
import { loadUserActors, makeMentionFinder, makeMentionResolver } from '../../actors/index.js';
import { makeTextSegmenter } from '../../ingest/index.js';
import { runPipeline } from '../../pipeline.js';
import type { CliCommand } from '../command.js';
import type { CliIo } from '../io.js';

async function readInput(path: string, io: CliIo): Promise<string> {
  if (path !== '-') return readFileSync(path, 'utf8');
  let data = '';
  for await (const chunk of io.stdin) data += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  return data;
}

function readable(m: Mention): string {
  const role = m.role ? `  [${m.role.title}${m.role.start ? `, ${m.role.start}–${m.role.end ?? ''}` : ''}]` : '';
  return `${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.code.padEnd(14)} ${(m.sector ?? '-').padEnd(4)} ${JSON.stringify(m.text).padEnd(34)} ${m.name ?? ''}${role}\n`;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export const actorsCommand: CliCommand = {
  name: 'actors',
  register(program, io, status) {
    program
      .command('actors')
      .description('Actor mentions of a text: span, code, sector, canonical name and role on the date')
      .argument('<file>', 'a plain-text file, or - for stdin')
      .option('--published <date>', 'publication date YYYY-MM-DD (decides who held which office)')
      .option('--json', 'print one JSON object {id, published, mentions: [...]}')
      .option('--actors <file>', 'extra actor dictionary (YAML or JSON, see docs/actors.md); repeatable', collect, [])
      .action(async (file: string, options: { published?: string; json?: boolean; actors: string[] }) => {
        const published = options.published ?? null;
        if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
          io.stderr(`chancery actors: --published must be YYYY-MM-DD, got ${published}\n`);
          status.code = 2;
          return;
        }
        let text: string;
        let userEntries: unknown[];
        try {
          userEntries = loadUserActors(options.actors);
          text = await readInput(file, io);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          io.stderr(`chancery actors: ${message.startsWith(file) || options.actors.some((a) => message.startsWith(a)) ? message : `${file}: ${message}`}\n`);
          status.code = 1;
          return;
        }
        const stages = [makeTextSegmenter(), makeMentionFinder({ userEntries }), makeMentionResolver()];
        const doc = runPipeline(stages, makeDoc({ id: file, text, meta: { published } }), makeCtx(published));
        if (options.json) {
          const mentions = doc.mentions.map((m) => ({
            start: m.start, end: m.end, text: m.text, code: m.code, state: m.state, sector: m.sector, name: m.name,
            actorType: m.actorType, via: m.via, role: m.role, rule: m.rule, confidence: m.confidence,
          }));
          io.stdout(`${JSON.stringify({ id: file, published, mentions })}\n`);
          return;
        }
        io.stdout(`${doc.mentions.length} actor mentions (date ${published ?? 'unknown'})\n`);
        for (const m of doc.mentions) io.stdout(readable(m));
      });
  },
};
