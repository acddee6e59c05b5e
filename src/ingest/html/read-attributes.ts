/** The lower-cased id, class, role and itemprop of an element, which is what hints are read from. */
export function attrText(attribs: Readonly<Record<string, string>>): string {
  let out = '';
  for (const p of [attribs.id, attribs.class, attribs.role, attribs.itemprop]) if (p) out += (out ? ' ' : '') + p;
  return out.toLowerCase();
}

/** Hidden by the author: the `hidden` attribute or an inline `display: none`. */
export function isHidden(attribs: Readonly<Record<string, string>>): boolean {
  if ('hidden' in attribs) return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Counts characters other than spaces and no-break spaces. */
export function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}
