// `chancery export --format csv|jsonl|plover [--out FILE] [--reports]`
import { closeSync, openSync, writeSync } from 'node:fs';
import { iterateReportGroups } from '../../store/events/index.js';
import { csvHeader, csvLine, exportRow, mergePairReports, mergeReports, ploverRecord } from '../../knowledge/index.js';
import { UsageError, guarded, withStore } from '../knowledge-options.js';
import type { ReportGroup } from '../../store/events/index.js';
import type { EventReport, KnownEvent } from '../../knowledge/index.js';
import type { CliCommand } from '../command.js';

const FORMATS = ['csv', 'jsonl', 'plover'] as const;
type Format = (typeof FORMATS)[number];

/** Lines for one pair's events; `first` numbers them on from the previous pairs. */
function render(format: Format, events: readonly KnownEvent[], first: number): string[] {
  if (format === 'jsonl') return events.map((e, i) => `${JSON.stringify({ ...exportRow(e, first + i), citations: e.citations })}\n`);
  if (format === 'plover') return events.map((e, i) => `${JSON.stringify(ploverRecord(e, first + i))}\n`);
  return events.map((e, i) => csvLine(exportRow(e, first + i)));
}

function eventsOf(group: ReportGroup): KnownEvent[] {
  return group.pair ? mergePairReports(group.reports, group.pair[0], group.pair[1]) : mergeReports(group.reports);
}

/** Reports not written yet (an event between several states is in several pairs' groups). */
function reportLines(reports: readonly EventReport[], written: Set<number>): string[] {
  const fresh = reports.filter((r) => !written.has(r.id));
  for (const r of fresh) written.add(r.id);
  return fresh.map((r) => `${JSON.stringify(r)}\n`);
}

export const exportCommand: CliCommand = {
  name: 'export',
  register(program, io, status) {
    program
      .command('export')
      .description('Every stored event, one merged real-world event per pair of states and row (csv loads into pandas/R)')
      .option('--format <format>', 'csv, jsonl or plover', 'csv')
      .option('--out <file>', 'write to a file instead of stdout')
      .option('--reports', 'jsonl only: one line per report instead of per merged event')
      .action(async (options: { format: string; out?: string; reports?: boolean }, command) => {
        await guarded(io, status, 'export', async () => {
          const format = FORMATS.find((f) => f === options.format);
          if (!format) throw new UsageError(`--format '${options.format}' is not one of ${FORMATS.join(', ')}`);
          await withStore(command.optsWithGlobals().db, async (store) => {
            // Synchronous writes: a large export never piles up in a stream buffer.
            const fd = options.out ? openSync(options.out, 'w') : null;
            const write = (text: string) => (fd === null ? io.stdout(text) : writeSync(fd, text));
            try {
              if (format === 'csv') write(csvHeader());
              let rows = 0;
              const written = new Set<number>();
              // One pair at a time: memory holds a pair's reports, not the whole store.
              for (const group of iterateReportGroups(store.sqlite)) {
                const lines = options.reports && format === 'jsonl' ? reportLines(group.reports, written) : render(format, eventsOf(group), rows);
                if (lines.length) write(lines.join(''));
                rows += lines.length;
              }
              if (fd !== null) io.stderr(`chancery export: ${rows} row(s) written to ${options.out}\n`);
            } finally {
              if (fd !== null) closeSync(fd);
            }
          });
        });
      });
  },
};
