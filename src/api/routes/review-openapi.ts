// OpenAPI paths of the web UI's routes (review, browsing, map, upload), merged into /openapi.json.
const q = (name: string, schema: Record<string, unknown> = { type: 'string' }, required = false) => ({ name, in: 'query', required, schema });
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const err = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const writeHeaders = [
  { name: 'X-Chancery-Csrf', in: 'header', required: true, schema: { type: 'string' }, description: 'any value; refused without it (CSRF)' },
  { name: 'X-Chancery-Token', in: 'header', required: false, schema: { type: 'string' }, description: 'the token given to chancery serve --token; without --token, writes come from loopback only' },
];
const page = [q('limit', { type: 'integer', minimum: 1, maximum: 200, default: 50 }), q('offset', { type: 'integer', minimum: 0, default: 0 })];

export const webApiPaths = {
  '/api/reviews/events/{id}': {
    post: {
      summary: 'Confirm, reject or correct an event (type, actors, date, polarity, modality); kept in the audit log',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }, ...writeHeaders],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['action'],
              properties: {
                action: { enum: ['confirm', 'reject', 'correct'] },
                reviewer: { type: 'string' },
                note: { type: 'string' },
                correction: {
                  type: 'object',
                  properties: {
                    type: { type: 'string' },
                    source: { type: 'array', items: { type: 'string' } },
                    target: { type: 'array', items: { type: 'string' } },
                    date: { type: ['string', 'null'] },
                    polarity: { enum: ['asserted', 'negated'] },
                    modality: { enum: ['actual', 'demanded', 'intended', 'hypothetical', 'ongoing'] },
                  },
                },
              },
            },
          },
        },
      },
      responses: { 200: ok('the verdict as stored'), 400: err('invalid review'), 403: err('write refused'), 404: err('no such event') },
    },
  },
  '/api/reviews/queue': { get: { summary: 'Unreviewed events, conflicting then least confident first', parameters: page, responses: { 200: ok('queue') } } },
  '/api/reviews/log': { get: { summary: 'The audit log, newest first', parameters: [...page, q('key')], responses: { 200: ok('entries') } } },
  '/api/ui/events': {
    get: {
      summary: 'Events newest first, filtered, paginated',
      parameters: [q('actor'), q('type'), q('since'), q('until'), q('polarity'), q('modality'), q('source'), q('document'), q('pair'), q('review'), q('order'), ...page],
      responses: { 200: ok('{total, events}'), 400: err('invalid filter') },
    },
  },
  '/api/ui/events/{id}': { get: { summary: 'One event with its review history', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { 200: ok('event'), 404: err('no such event') } } },
  '/api/ui/actors/{code}': { get: { summary: "A state's partners and event types", parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: ok('actor') } } },
  '/api/ui/map': {
    get: {
      summary: 'One value per state for a relation (recognizes, relations, embassy) towards a state as of a date',
      parameters: [q('relation', { enum: ['recognizes', 'relations', 'embassy'] }), q('state', { type: 'string' }, true), q('asOf')],
      responses: { 200: ok('{values}'), 400: err('invalid input') },
    },
  },
  '/api/ui/meta': { get: { summary: 'Event types, polarities and modalities', responses: { 200: ok('vocabularies') } } },
  '/api/ingest': {
    post: {
      summary: 'Ingest one uploaded file or pasted text/HTML through the CLI ingest path',
      parameters: [q('name'), ...writeHeaders],
      requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
      responses: { 200: ok('ingest summary and stored documents'), 403: err('write refused'), 413: err('too large') },
    },
  },
} as const;
