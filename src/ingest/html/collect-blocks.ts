import type { HtmlHints } from './load-html-hints.js';
import type { Candidate, CollectedPage, Mark, TextBlock } from './page-model.js';
import { attrText, isHidden, nonSpace } from './read-attributes.js';
import { scoreBlock } from './score-block.js';
import { BLOCK_TAGS, JUNK_TAGS, SKIP_TAGS } from './tag-sets.js';
import { walkHtml } from './walk-html.js';

export type { Candidate, CollectedPage, Mark, TextBlock } from './page-model.js';

interface Frame {
  readonly tag: string;
  readonly depth: number;
  readonly block: boolean;
  readonly skip: boolean;
  readonly first: number;
  /** Nearest marked element, itself included (index into marks), -1 for none. */
  readonly mark: number;
  readonly negative: boolean;
  readonly positive: 0 | 1 | 2 | 3;
  readonly heading: number;
  readonly link: boolean;
  readonly title: boolean;
  readonly hint: string;
  /** The nearest block-level frame: itself for a block element. */
  owner: Frame;
  /** The nearest block-level ancestor frame (not itself). */
  readonly parentBlock: Frame | null;
  prose: number;
  junk: number;
  short: number;
  marked: number;
  declared: number;
  /** Direct children (blocks or block elements) holding only links or labels. */
  linkKids: number;
  /** Prose blocks anywhere inside. */
  proseBlocks: number;
  /** Whether an <article>, a <main> or an element with a content-like name is inside. */
  articleInside: boolean;
}

/** A card of a headline link and one short blurb (one prose block): the shape of "related" lists. */
const TEASER_MAX_PROSE = 400;
/** How much a teaser's blurb weighs against the elements around the card. */
const TEASER_WEIGHT = 0.5;
/** Never cards: quotations (an embedded post with its attribution link has the same shape) and page roots. */
const NOT_TEASER: ReadonlySet<string> = new Set(['blockquote', 'p', 'body', 'html', 'main', '#root']);
/** A marked element holding this share of the page's text is a layout wrapper. */
const LAYOUT_SHARE = 0.6;

const HEADING_LEVEL: ReadonlyMap<string, number> = new Map([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]]);

function isTeaser(f: Frame): boolean {
  if (NOT_TEASER.has(f.tag)) return false;
  if (total(f) > TEASER_MAX_PROSE * 2 || f.short > f.prose) return false;
  return f.proseBlocks === 1 && f.linkKids >= 1 && f.prose < TEASER_MAX_PROSE && f.positive < 2;
}

function total(f: Frame): number {
  return f.prose + f.junk + f.short + f.marked;
}

/** One streaming pass over the page: text blocks plus every block element's prose/junk totals. */
export function collectBlocks(html: string, hints: HtmlHints): CollectedPage {
  const blocks: TextBlock[] = [];
  const candidates: Candidate[] = [];
  const marks: Mark[] = [];
  const root = {
    tag: '#root', depth: 0, block: true, skip: false, first: 0, mark: -1, negative: false, positive: 0,
    heading: 0, link: false, title: false, hint: '', parentBlock: null,
    prose: 0, junk: 0, short: 0, marked: 0, declared: 0, linkKids: 0, proseBlocks: 0, articleInside: false,
  } as Omit<Frame, 'owner'> as Frame;
  root.owner = root;
  const stack: Frame[] = [root];
  let top = root;
  let parts: string[] = [];
  let linkChars = 0;
  let title: string | null = null;
  const h1s: string[] = [];
  let captured = '';
  let teasers = 0;
  let fragment = true;

  function flush(): void {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    const links = linkChars;
    linkChars = 0;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) return;
    const owner = top;
    const block: TextBlock = {
      text, chars: nonSpace(text), linkChars: links, tag: owner.tag, heading: owner.heading, mark: owner.mark, teaserDepth: -1,
    };
    blocks.push(block);
    const score = scoreBlock(block, hints);
    owner.prose += score.prose;
    owner.junk += score.junk;
    owner.short += score.short;
    if (score.prose > 0) owner.proseBlocks++;
    else if (score.junk > 0) owner.linkKids++;
    if (block.heading === 1) h1s.push(text);
  }

  function judge(name: string, attribs: Readonly<Record<string, string>>, hint: string): { positive: Frame['positive']; reason: string | null } {
    // <html>/<body> classes describe the whole page ("single-post has-sidebar"), not a part of it.
    if (name === 'body' || name === 'html') return { positive: 0, reason: null };
    if (JUNK_TAGS.has(name)) return { positive: 0, reason: `tag:${name}` };
    if (!hint) return { positive: 0, reason: null };
    const positive = /(^|\s)articlebody(\s|$)/i.test(attribs.itemprop ?? '') ? 3 : hints.positiveLevel(hint);
    if (positive < 2 && hints.isNegative(hint)) return { positive, reason: `hint:${hint.slice(0, 40)}` };
    return { positive, reason: null };
  }

  walkHtml(html, {
    open(name, attribs) {
      const parent = stack[stack.length - 1];
      const depth = parent.depth + 1;
      const block = BLOCK_TAGS.has(name);
      if (block) flush();
      if (name === 'html' || name === 'body' || name === 'head') fragment = false;
      const skip = parent.skip || SKIP_TAGS.has(name) || isHidden(attribs)
        || (!block && (attribs.class !== undefined || attribs.id !== undefined) && hints.isInlineSkip(attrText(attribs)));
      const hint = block ? attrText(attribs) : '';
      const { positive, reason } = block && !skip ? judge(name, attribs, hint) : { positive: 0 as const, reason: null };
      let mark = parent.mark;
      if (reason) {
        marks.push({ parent: parent.mark, depth, reason, total: 0, articleInside: false, layout: false });
        mark = marks.length - 1;
      }
      const frame: Frame = {
        tag: block ? name : parent.tag, depth, block, skip, first: blocks.length, mark, negative: reason !== null,
        positive, heading: HEADING_LEVEL.get(name) ?? parent.heading, link: (name === 'a' && attribs.href !== undefined) || parent.link,
        title: name === 'title' && title === null, hint, owner: parent.owner, parentBlock: parent.owner,
        prose: 0, junk: 0, short: 0, marked: 0, declared: 0, linkKids: 0, proseBlocks: 0, articleInside: false,
      };
      if (block) frame.owner = frame;
      stack.push(frame);
      top = frame.owner;
      if (name === 'br' || name === 'hr') flush();
    },
    text(data) {
      const frame = stack[stack.length - 1];
      if (frame.title) captured += data;
      else if (!frame.skip) {
        parts.push(data);
        if (frame.link) linkChars += nonSpace(data);
      }
    },
    close() {
      const frame = stack.pop();
      if (!frame || frame === root) return;
      if (frame.title) title = captured.replace(/\s+/g, ' ').trim() || null;
      if (frame.block) closeBlock(frame);
      top = stack[stack.length - 1].owner;
    },
  });
  flush();

  function closeBlock(frame: Frame): void {
    flush();
    const parent = frame.parentBlock ?? root;
    const declared = frame.positive >= 2 ? frame.prose : frame.declared;
    // Only an element with prose can be the article; skipping the rest keeps markup-only pages cheap.
    if (!frame.skip && frame.prose > 0) {
      candidates.push({
        tag: frame.tag, depth: frame.depth, first: frame.first, end: blocks.length, prose: frame.prose,
        junk: frame.junk, short: frame.short, marked: frame.marked, declared, positive: frame.positive,
        mark: frame.mark, hint: frame.hint,
      });
    }
    if (frame.prose === 0 && frame.junk > 0) parent.linkKids++;
    parent.proseBlocks += frame.proseBlocks;
    if (frame.articleInside || frame.positive > 0 || frame.tag === 'article' || frame.tag === 'main') parent.articleInside = true;
    if (frame.negative) {
      // A marked element's text counts as boilerplate for everything around it.
      marks[frame.mark].total = total(frame);
      marks[frame.mark].articleInside = frame.articleInside;
      parent.marked += total(frame);
      return;
    }
    if (isTeaser(frame)) {
      teasers++;
      for (let i = frame.first; i < blocks.length; i++) blocks[i].teaserDepth = Math.max(blocks[i].teaserDepth, frame.depth);
      parent.junk += frame.junk + frame.prose * TEASER_WEIGHT;
    } else {
      parent.prose += frame.prose;
      parent.junk += frame.junk;
      parent.declared += declared;
    }
    parent.short += frame.short;
    parent.marked += frame.marked;
  }

  const pageTotal = total(root);
  for (const m of marks) m.layout = m.articleInside && m.total >= pageTotal * LAYOUT_SHARE;
  return { blocks, candidates, marks, title, h1s, teasers, fragment };
}
