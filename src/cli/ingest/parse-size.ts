const UNITS: Readonly<Record<string, number>> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `--max-size` values: a number of megabytes (`20`), or with a unit (`500k`, `1.5MB`, `2048b`). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[(m[2] || 'mb').toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new Error(`--max-size: expected a size such as 20, 500k or 1.5MB, found "${value}"`);
  return Math.floor(Number(m[1]) * unit);
}
