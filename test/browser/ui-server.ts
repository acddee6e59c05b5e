// A real chancery server for browser tests and screenshots: a temporary store seeded by
// ingesting the articles in ./articles (one with a planted script, an onerror image and a
// javascript: URL), the web client freshly built by Vite, listening on 127.0.0.1 on a free port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { makeApp } from '../../src/api/index.js';
import { runIngest } from '../../src/cli/ingest/index.js';
import { DEFAULT_MAX_BYTES, readInputs } from '../../src/ingest/read/index.js';
import { openStore } from '../../src/store/index.js';
import type { OpenedStore } from '../../src/store/index.js';

export const ARTICLES_DIR = fileURLToPath(new URL('./articles/', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../../src/web/client/vite.config.ts', import.meta.url));

export interface UiServer {
  readonly url: string;
  readonly store: OpenedStore;
  readonly dir: string;
  close(): Promise<void>;
}

/** Builds the client into `outDir` with the project's Vite config. */
export async function buildClient(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: VITE_CONFIG, logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

export async function startUiServer(options: { token?: string | null; articles?: string } = {}): Promise<UiServer> {
  const dir = await mkdtemp(join(tmpdir(), 'chancery-ui-'));
  const webRoot = join(dir, 'web');
  await buildClient(webRoot);
  const store = await openStore(join(dir, 'ui.db'));
  const summary = await runIngest({ db: store.db, inputs: readInputs([options.articles ?? ARTICLES_DIR], { maxBytes: DEFAULT_MAX_BYTES }) });
  if (summary.failed > 0) throw new Error(`seeding the UI store: ${summary.failed} article(s) failed`);
  const app = makeApp(store, { token: options.token ?? null, webRoot });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    dir,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
