// Every CLI command module. Each exports `register(program, io, exit)`; order is help order.
import type { CliCommand } from '../command.js';
import { cleanCommand } from './clean.js';
import { ingestCommand } from './ingest.js';
import { searchCommand } from './search.js';
import { relationsCommand } from './relations.js';
import { timelineCommand } from './timeline.js';
import { recognizersCommand } from './recognizers.js';
import { exportCommand } from './export.js';
import { serveCommand } from './serve.js';
import { demoCommand } from './demo.js';
import { codeCommand } from './code.js';
import { eventsCommand } from './events-file.js';
import { timesCommand } from './times.js';
import { actorsCommand } from './actors.js';

export const commands: readonly CliCommand[] = [
  ingestCommand,
  cleanCommand,
  searchCommand,
  relationsCommand,
  timelineCommand,
  recognizersCommand,
  exportCommand,
  serveCommand,
  demoCommand,
  codeCommand,
  eventsCommand,
  timesCommand,
  actorsCommand,
];
