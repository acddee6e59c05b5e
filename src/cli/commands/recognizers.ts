// `chancery recognizers PSE --as-of 2011-06-30 [--json]`
import { queryRecognizers } from '../../store/events/index.js';
import { renderRecognizers } from '../../knowledge/index.js';
import { asOfArg, guarded, json, stateArg, withStore } from '../knowledge-options.js';
import type { CliCommand } from '../command.js';

export const recognizersCommand: CliCommand = {
  name: 'recognizers',
  register(program, io, status) {
    program
      .command('recognizers')
      .description('States that recognise a state as of a date, with citations')
      .argument('<state>', 'state name or ISO3 code')
      .option('--as-of <date>', 'date (YYYY[-MM[-DD]]), default today')
      .option('--json', 'print JSON')
      .action(async (state: string, options: { asOf?: string; json?: boolean }, command) => {
        await guarded(io, status, 'recognizers', async () => {
          const [code, asOf] = [stateArg(state), asOfArg(options.asOf)];
          const answer = await withStore(command.optsWithGlobals().db, (store) => queryRecognizers(store.db, code, asOf));
          io.stdout(options.json ? json(answer) : renderRecognizers(answer));
        });
      });
  },
};
