import type { Command } from 'commander';
import type { CliIo } from './io.js';

/** Exit status holder: a command sets a non-zero code instead of calling process.exit. */
export interface ExitStatus {
  code: number;
}

export interface CliCommand {
  readonly name: string;
  register(program: Command, io: CliIo, status: ExitStatus): void;
}
