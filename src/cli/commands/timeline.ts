// `chancery timeline A B [--json]`
import { queryTimeline } from '../../store/events/index.js';
import { renderTimeline } from '../../knowledge/index.js';
import { guarded, json, pairArgs, withStore } from '../knowledge-options.js';
import type { CliCommand } from '../command.js';

export const timelineCommand: CliCommand = {
  name: 'timeline',
  register(program, io, status) {
    program
      .command('timeline')
      .description("A pair's relation-state changes over time, each with its citations")
      .argument('<a>', 'state name or ISO3 code')
      .argument('<b>', 'state name or ISO3 code')
      .option('--json', 'print JSON')
      .action(async (a: string, b: string, options: { json?: boolean }, command) => {
        await guarded(io, status, 'timeline', async () => {
          const [x, y] = pairArgs(a, b);
          const timeline = await withStore(command.optsWithGlobals().db, (store) => queryTimeline(store.db, x, y));
          io.stdout(options.json ? json(timeline) : renderTimeline(timeline));
        });
      });
  },
};
