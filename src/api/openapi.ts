// The OpenAPI description served at /openapi.json.
import { API_ERROR_CODES } from './api-error.js';

const state = (name: string, where = 'query') => ({ name, in: where, required: true, schema: { type: 'string' }, description: 'state name or ISO3 code ("Mexico", "MEX")' });
const date = (name: string, required = false) => ({ name, in: 'query', required, schema: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } });
const json = (description: string, ref?: string) => ({
  description,
  content: { 'application/json': { schema: ref ? { $ref: `#/components/schemas/${ref}` } : { type: 'object' } } },
});
const errors = { 400: json('invalid input', 'Error'), 404: json('not found', 'Error'), 503: json('feature absent from this store', 'Error') };

const citation = {
  type: 'object',
  required: ['document', 'url', 'published', 'evidence'],
  properties: {
    document: { type: 'string' },
    url: { type: ['string', 'null'] },
    published: { type: ['string', 'null'] },
    evidence: { type: 'string' },
    sentence: { type: ['string', 'null'] },
    independent: { type: 'boolean' },
  },
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'chancery', version: '0.1.0', description: 'Cited, dated relations between states, read from news articles.' },
  paths: {
    '/api/relations': {
      get: {
        summary: 'Relations between two states as of a date',
        parameters: [state('a'), state('b'), date('asOf')],
        responses: { 200: json('the relations contract of CONTRACTS.md', 'Relations'), ...errors },
      },
    },
    '/api/timeline': { get: { summary: "A pair's relation-state timeline", parameters: [state('a'), state('b')], responses: { 200: json('timeline entries and events'), ...errors } } },
    '/api/recognizers': { get: { summary: 'States recognising a state as of a date', parameters: [state('state'), date('asOf')], responses: { 200: json('recognizers'), ...errors } } },
    '/api/events': {
      get: {
        summary: 'Stored event reports',
        parameters: [
          { name: 'actor', in: 'query', schema: { type: 'string' } },
          { name: 'type', in: 'query', schema: { type: 'string' } },
          date('since'),
          date('until'),
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
        ],
        responses: { 200: json('events'), ...errors },
      },
    },
    '/api/documents/{id}': { get: { summary: 'A document with its events and mentions', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json('document'), ...errors } } },
    '/api/search': { get: { summary: 'Full-text search over documents', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }], responses: { 200: json('results'), ...errors } } },
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        properties: { error: { type: 'object', properties: { code: { enum: Object.keys(API_ERROR_CODES) }, message: { type: 'string' } } } },
      },
      Citation: citation,
      Relations: {
        type: 'object',
        required: ['a', 'b', 'asOf', 'relations', 'recognition', 'missions', 'conflicts'],
        properties: {
          a: { type: 'string' },
          b: { type: 'string' },
          asOf: { type: 'string' },
          relations: { type: 'object', properties: { status: { enum: ['established', 'suspended', 'severed', 'none', 'unknown'] }, since: { type: ['string', 'null'] }, citations: { type: 'array', items: { $ref: '#/components/schemas/Citation' } } } },
          recognition: { type: 'object', properties: { aRecognizesB: { type: ['boolean', 'null'] }, bRecognizesA: { type: ['boolean', 'null'] }, citations: { type: 'array', items: { $ref: '#/components/schemas/Citation' } } } },
          missions: { type: 'object', properties: { aInB: { enum: ['embassy', 'consulate', 'delegation', 'office', 'none', 'unknown'] }, bInA: { enum: ['embassy', 'consulate', 'delegation', 'office', 'none', 'unknown'] }, citations: { type: 'array', items: { $ref: '#/components/schemas/Citation' } } } },
          conflicts: { type: 'array', items: { type: 'object' } },
        },
      },
    },
  },
} as const;
