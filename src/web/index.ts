// Server side of the web UI: response headers, the write guard and the built client's files.
export { securityHeaders, CONTENT_SECURITY_POLICY } from './security-headers.js';
export { guardWrites, checkWrite, isLoopback, CSRF_HEADER, TOKEN_HEADER } from './guard-writes.js';
export type { WriteGuardOptions } from './guard-writes.js';
export { serveStatic, defaultWebRoot } from './serve-static.js';
export { warmWebUi } from './warm-web-ui.js';
