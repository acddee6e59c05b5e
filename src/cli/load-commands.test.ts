import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CliCommand } from './command.js';
import type { CommandEntry } from './commands/index.js';
import { loadCommands } from './load-commands.js';

function fakeEntries(loaded: string[]): CommandEntry[] {
  const eager: CliCommand = { name: 'serve', register: () => undefined };
  const lazy = (name: string): CommandEntry => ({
    name,
    load: async () => {
      loaded.push(name);
      return { name, register: () => undefined };
    },
  });
  return [lazy('ingest'), lazy('clean'), eager, lazy('search')];
}

test('loads only the module of the command named, past root options and their values', async () => {
  for (const args of [['clean', 'page.html'], ['--db', 'search', 'clean', '--json'], ['--db=x.db', 'clean']]) {
    const loaded: string[] = [];
    const commands = await loadCommands(fakeEntries(loaded), args);
    assert.deepEqual(commands.map((c) => c.name), ['clean'], args.join(' '));
    assert.deepEqual(loaded, ['clean']);
  }
});

test('loads every module, in list order, for help, no command or an unknown one', async () => {
  for (const args of [[], ['--help'], ['help', 'clean'], ['claen']]) {
    const loaded: string[] = [];
    const commands = await loadCommands(fakeEntries(loaded), args);
    assert.deepEqual(commands.map((c) => c.name), ['ingest', 'clean', 'serve', 'search'], args.join(' '));
    assert.deepEqual(loaded, ['ingest', 'clean', 'search']);
  }
});
