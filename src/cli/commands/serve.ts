// `chancery serve [--port 8080] [--host 127.0.0.1]`: the HTTP API over the store named by --db.
import { serve } from '@hono/node-server';
import { makeApp } from '../../api/index.js';
import { openStore } from '../../store/index.js';
import { UsageError, guarded } from '../knowledge-options.js';
import type { CliCommand } from '../command.js';

export const serveCommand: CliCommand = {
  name: 'serve',
  register(program, io, status) {
    program
      .command('serve')
      .description('Serve the JSON API (and /openapi.json) over the store')
      .option('--port <port>', 'port to listen on', '8080')
      .option('--host <host>', 'address to bind (localhost only by default)', '127.0.0.1')
      .option('--token <token>', 'writes from the web UI (review, ingest) need this token; without it only this machine may write')
      .action(async (options: { port: string; host: string; token?: string }, command) => {
        await guarded(io, status, 'serve', async () => {
          const port = Number(options.port);
          if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port '${options.port}' is not a port number`);
          const file: string = command.optsWithGlobals().db;
          const store = await openStore(file);
          const token = options.token ?? process.env.CHANCERY_TOKEN ?? null;
          const app = makeApp(store, { token, warm: true });
          await new Promise<void>((resolve) => {
            const server = serve({ fetch: app.fetch, port, hostname: options.host }, (info) => {
              io.stdout(`chancery: serving ${file} on http://${options.host}:${info.port} (web UI at /, API under /api, description at /openapi.json${token ? ', writes need the token' : ', writes from this machine only'})\n`);
            });
            const stop = () => server.close(() => resolve());
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
          });
          await store.close();
        });
      });
  },
};
