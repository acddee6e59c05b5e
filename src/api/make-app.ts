// The HTTP API: small route modules under /api, the store in the context, one error handler.
import { Hono } from 'hono';
import { ApiError, errorResponse } from './api-error.js';
import { openApiDocument } from './openapi.js';
import { documentRoutes } from './routes/documents.js';
import { eventsRoutes } from './routes/events.js';
import { relationsRoutes } from './routes/relations.js';
import { browseRoutes } from './routes/review-browse.js';
import { mapRoutes } from './routes/review-map.js';
import { reviewRoutes } from './routes/review.js';
import { ingestUploadRoutes } from './routes/ingest-upload.js';
import { webApiPaths } from './routes/review-openapi.js';
import { guardWrites, securityHeaders, serveStatic, warmWebUi } from '../web/index.js';
import type { ApiEnv } from './api-env.js';
import type { OpenedStore } from '../store/index.js';

export interface AppOptions {
  /** Writes (review, ingest) need this token; null or absent: loopback clients only. */
  readonly token?: string | null;
  /** Folder of the built web client; defaults to dist/web-client. */
  readonly webRoot?: string;
  /** Answer the overview's first questions once in the background (loads rules, fills caches). */
  readonly warm?: boolean;
}

export function makeApp(store: OpenedStore, options: AppOptions = {}): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.use('*', async (c, next) => {
    c.set('store', store);
    await next();
  });
  app.use('*', securityHeaders());
  app.use('/api/*', guardWrites({ token: options.token ?? null }));
  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) => errorResponse(c, new ApiError('not_found', `no route ${c.req.method} ${c.req.path}`)));
  app.get('/openapi.json', (c) => c.json({ ...openApiDocument, paths: { ...openApiDocument.paths, ...webApiPaths } }));
  app.route('/api', relationsRoutes);
  app.route('/api', eventsRoutes);
  app.route('/api', documentRoutes);
  app.route('/api', reviewRoutes);
  app.route('/api', browseRoutes);
  app.route('/api', mapRoutes);
  app.route('/api', ingestUploadRoutes);
  app.get('*', serveStatic(options.webRoot));
  if (options.warm) void warmWebUi(app);
  return app;
}
