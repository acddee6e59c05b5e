import { parseFeed } from './parse-feed.js';
import { readFailure } from './raw-document.js';
import type { ReadItem } from './raw-document.js';

/** One document per feed item (item link, date, title and author as stated metadata). */
export function* feedItemsToDocuments(source: string, xml: string, bytes: number): Generator<ReadItem> {
  const feed = parseFeed(xml);
  const share = feed.items.length > 0 ? Math.round(bytes / feed.items.length) : 0;
  for (const item of feed.items) {
    const location = `item ${item.index} (line ${item.line})`;
    if (!item.body.trim()) {
      yield readFailure(source, location, 'feed item has no content, description or summary', share);
      continue;
    }
    yield {
      kind: 'document',
      source,
      location,
      format: item.bodyFormat === 'html' ? 'html-fragment' : 'text',
      content: item.body,
      bytes: share,
      id: null,
      url: item.link,
      published: item.published,
      title: item.title,
      author: item.author,
    };
  }
  if (feed.error) yield readFailure(source, `line ${feed.error.line}`, feed.error.reason, 0);
  else if (feed.items.length === 0) yield readFailure(source, null, 'feed has no items', bytes);
}
