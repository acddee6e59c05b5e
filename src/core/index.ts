export type * from './types.js';
export type { Ctx, Stage } from './stage.js';
export { makeCtx } from './stage.js';
export { makeDoc } from './doc.js';
export type { DocInput } from './doc.js';
