import type { Command } from 'commander';
import type { CliCommand } from '../command.js';
import { formatSummary, makeProgressBar, parseSize, runIngest, summaryJson, totalInputBytes } from '../ingest/index.js';
import { DEFAULT_MAX_BYTES, describeFailure, readInputs } from '../../ingest/read/index.js';
import { openStore } from '../../store/index.js';

interface IngestOptions {
  readonly json?: boolean;
  readonly maxSize: string;
  readonly progress: boolean;
}

export const ingestCommand: CliCommand = {
  name: 'ingest',
  register(program, io, status) {
    program
      .command('ingest')
      .description('Read articles into the store: .html/.htm, .txt/.md, RSS/Atom, .jsonl, .gz of these, directories, - for stdin')
      .argument('<paths...>', 'files, directories (read recursively) or - for stdin')
      .option('--json', 'print the final summary as JSON')
      .option('--max-size <size>', 'largest document accepted, in MB or with a unit (500k, 1.5MB)', String(DEFAULT_MAX_BYTES / 1024 / 1024))
      .option('--no-progress', 'no progress bar, even on a terminal')
      .action(async (paths: string[], options: IngestOptions, command: Command) => {
        const { db: file } = command.optsWithGlobals<{ db: string }>();
        const maxBytes = parseSize(options.maxSize);
        const showProgress = options.progress && io.isTty;
        const bar = makeProgressBar(io.stderr, showProgress, showProgress ? await totalInputBytes(paths) : null);
        const store = await openStore(file);
        try {
          const summary = await runIngest({
            db: store.db,
            inputs: readInputs(paths, { maxBytes }, io.stdin),
            onFailure: (failure) => {
              bar.finish();
              io.stderr(`chancery ingest: ${describeFailure(failure)}\n`);
            },
            onProgress: (running) => bar.update(running),
          });
          bar.finish();
          io.stdout(options.json ? summaryJson(summary) : formatSummary(summary));
          if (summary.failed > 0) status.code = 1;
        } finally {
          await store.close();
        }
      });
  },
};
