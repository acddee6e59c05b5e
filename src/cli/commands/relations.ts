// `chancery relations A B --as-of DATE [--json]`
import { queryRelations } from '../../store/events/index.js';
import { renderRelations } from '../../knowledge/index.js';
import { asOfArg, guarded, json, pairArgs, withStore } from '../knowledge-options.js';
import type { CliCommand } from '../command.js';

export const relationsCommand: CliCommand = {
  name: 'relations',
  register(program, io, status) {
    program
      .command('relations')
      .description('Relations between two states as of a date: recognition, diplomatic relations, missions, with citations')
      .argument('<a>', 'state name or ISO3 code')
      .argument('<b>', 'state name or ISO3 code')
      .option('--as-of <date>', 'date (YYYY[-MM[-DD]]), default today')
      .option('--json', 'print the JSON contract')
      .action(async (a: string, b: string, options: { asOf?: string; json?: boolean }, command) => {
        await guarded(io, status, 'relations', async () => {
          const [[x, y], asOf] = [pairArgs(a, b), asOfArg(options.asOf)];
          const answer = await withStore(command.optsWithGlobals().db, (store) => queryRelations(store.db, x, y, asOf));
          io.stdout(options.json ? json(answer) : renderRelations(answer));
        });
      });
  },
};
