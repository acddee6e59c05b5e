// Every CLI command module. Each exports `register(program, io, exit)`; order is help order.
import type { CliCommand } from '../command.js';

export const commands: readonly CliCommand[] = [];
