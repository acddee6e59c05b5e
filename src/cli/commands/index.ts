// Every CLI command module; order is help order. Each entry names its command and loads the module
// only when that command runs (or help lists them all), so start-up does not pay for every
// command's dependencies. A module imported here directly (`fooCommand,`) works too, eagerly.
import type { CliCommand } from '../command.js';

/** A command whose module is imported on demand. */
export interface LazyCommand {
  readonly name: string;
  load(): Promise<CliCommand>;
}

export type CommandEntry = CliCommand | LazyCommand;

export const commands: readonly CommandEntry[] = [
  { name: 'ingest', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'clean', load: async () => (await import('./clean.js')).cleanCommand },
  { name: 'search', load: async () => (await import('./search.js')).searchCommand },
  { name: 'relations', load: async () => (await import('./relations.js')).relationsCommand },
  { name: 'timeline', load: async () => (await import('./timeline.js')).timelineCommand },
  { name: 'recognizers', load: async () => (await import('./recognizers.js')).recognizersCommand },
  { name: 'export', load: async () => (await import('./export.js')).exportCommand },
  { name: 'serve', load: async () => (await import('./serve.js')).serveCommand },
  { name: 'demo', load: async () => (await import('./demo.js')).demoCommand },
  { name: 'code', load: async () => (await import('./code.js')).codeCommand },
  { name: 'events', load: async () => (await import('./events-file.js')).eventsCommand },
  { name: 'times', load: async () => (await import('./times.js')).timesCommand },
  { name: 'actors', load: async () => (await import('./actors.js')).actorsCommand },
];
