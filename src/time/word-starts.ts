// Word starts are a letter or digit (any script) after a character that is neither, which is
// exactly where the time rules' leading (?<![\p{L}\p{N}]) lets a match start; the finder walks
// them inline with this table for ASCII.
import { isWordCode } from './char-classes.js';

/** Per ASCII code: 1 for a letter or digit. */
export const asciiWord = Uint8Array.from({ length: 128 }, (_, code) => (isWordCode(code) ? 1 : 0));
