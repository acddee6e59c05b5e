import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { loadDocumentReports } from '../../store/events/index.js';
import { searchDocuments } from '../../store/documents/index.js';
import { ApiError } from '../api-error.js';
import { parseQuery } from '../validate.js';
import type { ApiEnv } from '../api-env.js';
import type { DocumentsTable } from '../../store/index.js';

type DocumentRow = Pick<DocumentsTable, 'id' | 'url' | 'title' | 'published' | 'author' | 'language' | 'text' | 'duplicate_of'>;

async function tableExists(c: { var: ApiEnv['Variables'] }, name: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = ${name}`.execute(c.var.store.db);
  return rows[0].n > 0;
}

/** `/api/documents/:id` (clean text, events, mentions) and `/api/search?q=` (full text). */
export const documentRoutes = new Hono<ApiEnv>()
  .get('/documents/:id', async (c) => {
    const id = c.req.param('id');
    if (!(await tableExists(c, 'documents'))) throw new ApiError('unavailable', 'this store has no documents table');
    const { rows } = await sql<DocumentRow>`select id, url, title, published, author, language, text, duplicate_of
      from documents where id = ${id}`.execute(c.var.store.db);
    if (!rows.length) throw new ApiError('not_found', `no document '${id}'`);
    const mentions = await c.var.store.db.selectFrom('mentions').selectAll().where('document_id', '=', id).orderBy('span_start').execute();
    return c.json({ document: rows[0], events: await loadDocumentReports(c.var.store.db, id), mentions });
  })
  .get('/search', async (c) => {
    const q = parseQuery(c, z.object({ q: z.string().trim().min(1, 'give search words'), limit: z.coerce.number().int().min(1).max(100).default(20) }));
    if (!(await tableExists(c, 'documents_fts'))) throw new ApiError('unavailable', 'this store has no full-text index');
    return c.json({ q: q.q, results: await searchDocuments(c.var.store.db, q.q, { limit: q.limit }) });
  });
