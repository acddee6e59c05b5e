import { Readable } from 'node:stream';
import { runCli } from './main.js';
import type { CliIo } from './io.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `chancery ARGS` in this process with `stdin` as standard input, capturing what it prints. */
export async function runCliInMemory(args: readonly string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: Readable.from([Buffer.from(stdin)]),
    isTty: false,
  };
  const code = await runCli(['node', 'chancery', ...args], io);
  return { code, stdout, stderr };
}
