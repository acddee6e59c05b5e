/** Code-unit order of two strings: ISO dates and codes sort right, much faster than localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
