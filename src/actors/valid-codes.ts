// Which codes the dictionaries may use: ISO 3166-1 alpha-3 (with Kosovo as XKX) plus the
// historical states older news needs, IGO/NGO, IGO:*, ORG:* and PER:*.
import countries from 'i18n-iso-countries';

const EXTRA_STATES = new Set(['XKX', 'SUN', 'YUG', 'CSK', 'DDR', 'SCG', 'YMD']);

export function isStateCode(code: string): boolean {
  return EXTRA_STATES.has(code) || (code !== 'XKK' && countries.isValid(code) && /^[A-Z]{3}$/.test(code));
}

/** A role holder: a state, an IGO (`IGO`, `IGO:UN`) or an organisation (`ORG:PLO`). */
export function isHolderCode(code: string): boolean {
  return isStateCode(code) || code === 'IGO' || /^(IGO|ORG):[A-Z0-9_]+$/.test(code);
}
