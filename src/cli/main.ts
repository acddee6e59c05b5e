import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { loadCommands } from './load-commands.js';
import { processIo } from './io.js';
import type { CliIo } from './io.js';
import type { ExitStatus } from './command.js';

/** Runs the CLI on `argv` (as in process.argv) and resolves to the exit status. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const status: ExitStatus = { code: 0 };
  const program = new Command('chancery')
    .description('Cited, dated, queryable relations between states, read from news articles.')
    .option('--db <file>', 'SQLite store', './chancery.db')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    for (const command of await loadCommands(commands, argv.slice(2))) command.register(program, io, status);
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    io.stderr(`chancery: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return status.code;
}
