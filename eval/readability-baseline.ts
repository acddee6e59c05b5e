import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Mozilla Readability on linkedom: the peer baseline for article extraction. Empty on failure. */
export function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document).parse();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
}
