// The HTTP API: small route modules under /api, the store in the context, one error handler.
import { Hono } from 'hono';
import { ApiError, errorResponse } from './api-error.js';
import { openApiDocument } from './openapi.js';
import { documentRoutes } from './routes/documents.js';
import { eventsRoutes } from './routes/events.js';
import { relationsRoutes } from './routes/relations.js';
import type { ApiEnv } from './api-env.js';
import type { OpenedStore } from '../store/index.js';

export function makeApp(store: OpenedStore): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.use('*', async (c, next) => {
    c.set('store', store);
    await next();
  });
  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) => errorResponse(c, new ApiError('not_found', `no route ${c.req.method} ${c.req.path}`)));
  app.get('/openapi.json', (c) => c.json(openApiDocument));
  app.route('/api', relationsRoutes);
  app.route('/api', eventsRoutes);
  app.route('/api', documentRoutes);
  return app;
}
