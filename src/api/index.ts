export { makeApp } from './make-app.js';
export { ApiError, API_ERROR_CODES } from './api-error.js';
export type { ApiErrorCode } from './api-error.js';
export type { ApiEnv } from './api-env.js';
export { openApiDocument } from './openapi.js';
