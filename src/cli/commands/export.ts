// `chancery export --format csv|jsonl|plover [--out FILE] [--reports]`
import { createWriteStream } from 'node:fs';
import { queryEvents } from '../../store/events/index.js';
import { csvHeader, csvLine, exportRow, mergeReports, ploverRecord } from '../../knowledge/index.js';
import { UsageError, guarded, withStore } from '../knowledge-options.js';
import type { EventReport, KnownEvent } from '../../knowledge/index.js';
import type { CliCommand } from '../command.js';

const FORMATS = ['csv', 'jsonl', 'plover'] as const;
type Format = (typeof FORMATS)[number];

function render(format: Format, events: readonly KnownEvent[], reports: readonly EventReport[] | null): string[] {
  if (format === 'jsonl' && reports) return reports.map((r) => `${JSON.stringify(r)}\n`);
  if (format === 'jsonl') return events.map((e, i) => `${JSON.stringify({ ...exportRow(e, i), citations: e.citations })}\n`);
  if (format === 'plover') return events.map((e, i) => `${JSON.stringify(ploverRecord(e, i))}\n`);
  return [csvHeader(), ...events.map((e, i) => csvLine(exportRow(e, i)))];
}

export const exportCommand: CliCommand = {
  name: 'export',
  register(program, io, status) {
    program
      .command('export')
      .description('Every stored event, one merged real-world event per row (csv loads into pandas/R)')
      .option('--format <format>', 'csv, jsonl or plover', 'csv')
      .option('--out <file>', 'write to a file instead of stdout')
      .option('--reports', 'jsonl only: one line per report instead of per merged event')
      .action(async (options: { format: string; out?: string; reports?: boolean }, command) => {
        await guarded(io, status, 'export', async () => {
          const format = FORMATS.find((f) => f === options.format);
          if (!format) throw new UsageError(`--format '${options.format}' is not one of ${FORMATS.join(', ')}`);
          const reports = await withStore(command.optsWithGlobals().db, (store) => queryEvents(store.db));
          const lines = render(format, mergeReports(reports), options.reports ? reports : null);
          if (!options.out) {
            for (const line of lines) io.stdout(line);
            return;
          }
          const out = createWriteStream(options.out);
          for (const line of lines) out.write(line);
          await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
          io.stderr(`chancery export: ${lines.length - (format === 'csv' ? 1 : 0)} row(s) written to ${options.out}\n`);
        });
      });
  },
};
