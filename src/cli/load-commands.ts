import type { CliCommand } from './command.js';
import type { CommandEntry } from './commands/index.js';

// Root options that take a value, so the value is not mistaken for the command name.
const VALUE_OPTIONS = new Set(['--db']);

/**
 * The command modules a run needs: only the named command's when the arguments name one, every
 * module otherwise (help, no command, a typo commander should answer with the full list).
 */
export async function loadCommands(entries: readonly CommandEntry[], args: readonly string[]): Promise<CliCommand[]> {
  const name = commandName(args);
  const named = entries.find((e) => e.name === name);
  const wanted = named ? [named] : entries;
  return Promise.all(wanted.map((e) => ('register' in e ? e : e.load())));
}

/** The first argument that is neither a root option nor its value. */
function commandName(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
    else if (arg === '--') return args[i + 1] ?? null;
  }
  return null;
}
