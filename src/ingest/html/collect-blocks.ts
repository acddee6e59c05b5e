import type { HtmlHints } from './load-html-hints.js';
import { scoreBlock } from './score-block.js';
import { BLOCK_TAGS, JUNK_TAGS, SKIP_TAGS } from './tag-sets.js';
import { walkHtml } from './walk-html.js';

/** A run of text between block boundaries, with what its ancestors say about it. */
export interface TextBlock {
  readonly text: string;
  /** Non-space characters, and how many of them sit inside links. */
  readonly chars: number;
  readonly linkChars: number;
  /** Tag of the nearest block-level ancestor. */
  readonly tag: string;
  /** 1-6 inside h1-h6, else 0. */
  readonly heading: number;
  /** Depth of the deepest boilerplate-marked ancestor (-1: none) and why it was marked. */
  readonly junkDepth: number;
  readonly junkReason: string | null;
  readonly inListItem: boolean;
  /** Depth of the deepest enclosing teaser card (-1: none); set when the card closes. */
  teaserDepth: number;
}

/** A block-level element as a candidate article container. */
export interface Candidate {
  readonly tag: string;
  readonly depth: number;
  /** Half-open range of `blocks` inside the element. */
  readonly first: number;
  readonly end: number;
  /** Prose characters and boilerplate weight inside; see scoreBlock. */
  readonly prose: number;
  readonly junk: number;
  readonly short: number;
  /** Everything inside boilerplate-marked descendants (removed later, so it weighs little). */
  readonly marked: number;
  /** Prose inside elements named as the article body (itself or its outermost such descendants). */
  readonly declared: number;
  readonly positive: 0 | 1 | 2 | 3;
  /** How many boilerplate-marked elements enclose it, itself included. */
  readonly junkCount: number;
  /** Lower-cased id/class/role text, for debugging and ties. */
  readonly hint: string;
}

export interface CollectedPage {
  readonly blocks: readonly TextBlock[];
  readonly candidates: readonly Candidate[];
  readonly title: string | null;
  readonly h1: string | null;
  /** Raw JSON-LD script texts, for an `articleBody` cross-check. */
  readonly jsonLd: readonly string[];
}

interface Frame {
  readonly tag: string;
  readonly depth: number;
  readonly block: boolean;
  readonly skip: boolean;
  readonly first: number;
  readonly junkDepth: number;
  readonly junkReason: string | null;
  readonly junkCount: number;
  readonly negative: boolean;
  readonly positive: 0 | 1 | 2 | 3;
  readonly heading: number;
  readonly listItem: boolean;
  readonly link: boolean;
  readonly capture: 'title' | 'json-ld' | null;
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
  /** Direct children (blocks or block elements) holding prose, and holding only links/labels. */
  proseKids: number;
  linkKids: number;
}

function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

function attrText(attribs: Readonly<Record<string, string>>): string {
  const parts = [attribs.id, attribs.class, attribs.role, attribs.itemprop];
  let out = '';
  for (const p of parts) if (p) out += (out ? ' ' : '') + p;
  return out.toLowerCase();
}

function isHidden(attribs: Readonly<Record<string, string>>): boolean {
  if ('hidden' in attribs) return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** A card of a headline link and one short blurb: the shape of "related" and "more stories" lists. */
const TEASER_MAX_PROSE = 400;
/** How much a teaser's blurb weighs against the elements around the card. */
const TEASER_WEIGHT = 0.5;

function isTeaser(f: Frame): boolean {
  // A quotation (an embedded post with its attribution link) has the same shape but is content.
  if (f.tag === 'blockquote' || f.tag === 'p') return false;
  return f.proseKids === 1 && f.linkKids >= 1 && f.prose < TEASER_MAX_PROSE && f.positive < 2;
}

/** One streaming pass over the page: text blocks plus every block element's prose/junk totals. */
export function collectBlocks(html: string, hints: HtmlHints): CollectedPage {
  const blocks: TextBlock[] = [];
  const candidates: Candidate[] = [];
  const jsonLd: string[] = [];
  const root = {
    tag: '#root', depth: 0, block: true, skip: false, first: 0, junkDepth: -1, junkReason: null, junkCount: 0,
    negative: false, positive: 0, heading: 0, listItem: false, link: false, capture: null, hint: '',
    parentBlock: null, prose: 0, junk: 0, short: 0, marked: 0, declared: 0, proseKids: 0, linkKids: 0,
  } as Omit<Frame, 'owner'> as Frame;
  root.owner = root;
  const stack: Frame[] = [root];
  let top = root;
  let parts: string[] = [];
  let linkChars = 0;
  let title: string | null = null;
  let h1: string | null = null;
  let captured = '';

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
      text, chars: nonSpace(text), linkChars: links, tag: owner.tag, heading: owner.heading,
      junkDepth: owner.junkDepth, junkReason: owner.junkReason, inListItem: owner.listItem, teaserDepth: -1,
    };
    blocks.push(block);
    const score = scoreBlock(block, hints);
    owner.prose += score.prose;
    owner.junk += score.junk;
    if (score.prose > 0) owner.proseKids++;
    else if (score.junk > 0) owner.linkKids++;
    owner.short += score.short;
    if (block.heading === 1 && h1 === null) h1 = text;
  }

  walkHtml(html, {
    open(name, attribs) {
      const parent = stack[stack.length - 1];
      const depth = parent.depth + 1;
      const block = BLOCK_TAGS.has(name);
      if (block) flush();
      const skip = parent.skip || SKIP_TAGS.has(name) || isHidden(attribs)
        || (!block && (attribs.class !== undefined || attribs.id !== undefined) && hints.isInlineSkip(attrText(attribs)));
      let capture: Frame['capture'] = null;
      if (name === 'title' && title === null) capture = 'title';
      else if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) capture = 'json-ld';
      let negative = false;
      let positive: Frame['positive'] = 0;
      let reason: string | null = null;
      const hint = block ? attrText(attribs) : '';
      if (!skip && block) {
        if (hint) {
          positive = /(^|\s)articlebody(\s|$)/.test(attribs.itemprop?.toLowerCase() ?? '') ? 3 : hints.positiveLevel(hint);
          if (positive < 2 && hints.isNegative(hint)) {
            negative = true;
            reason = `hint:${hint.slice(0, 40)}`;
          }
        }
        if (JUNK_TAGS.has(name)) {
          negative = true;
          reason = `tag:${name}`;
        }
      }
      const heading = /^h[1-6]$/.test(name) ? Number(name[1]) : parent.heading;
      const frame: Frame = {
        tag: block ? name : parent.tag, depth, block, skip, first: blocks.length,
        junkDepth: negative ? depth : parent.junkDepth, junkReason: negative ? reason : parent.junkReason,
        junkCount: parent.junkCount + (negative ? 1 : 0),
        negative, positive, heading, listItem: name === 'li' || parent.listItem,
        link: name === 'a' || parent.link, capture, hint, owner: parent.owner, parentBlock: parent.owner,
        prose: 0, junk: 0, short: 0, marked: 0, declared: 0, proseKids: 0, linkKids: 0,
      };
      if (block) frame.owner = frame;
      stack.push(frame);
      top = frame.owner;
      if (name === 'br' || name === 'hr') flush();
    },
    text(data) {
      const frame = stack[stack.length - 1];
      if (frame.capture) {
        captured += data;
        return;
      }
      if (frame.skip) return;
      parts.push(data);
      if (frame.link) linkChars += nonSpace(data);
    },
    close() {
      const frame = stack.pop();
      if (!frame || frame === root) return;
      if (frame.capture === 'title') title = captured.replace(/\s+/g, ' ').trim() || null;
      else if (frame.capture === 'json-ld') jsonLd.push(captured);
      if (frame.capture) captured = '';
      if (frame.block) {
        flush();
        const parent = frame.parentBlock ?? root;
        if (!frame.skip) {
          candidates.push({
            tag: frame.tag, depth: frame.depth, first: frame.first, end: blocks.length,
            prose: frame.prose, junk: frame.junk, short: frame.short, marked: frame.marked,
            declared: frame.positive >= 2 ? frame.prose : frame.declared, positive: frame.positive, hint: frame.hint,
            junkCount: frame.junkCount,
          });
        }
        // A boilerplate-marked element's prose counts as boilerplate for everything around it.
        if (frame.prose > 0) parent.proseKids++;
        else if (frame.junk > 0) parent.linkKids++;
        if (frame.negative) parent.marked += frame.prose + frame.junk + frame.short + frame.marked;
        else if (isTeaser(frame)) {
          for (let i = frame.first; i < blocks.length; i++) blocks[i].teaserDepth = Math.max(blocks[i].teaserDepth, frame.depth);
          parent.junk += frame.junk + frame.prose * TEASER_WEIGHT;
          parent.short += frame.short;
          parent.marked += frame.marked;
        } else {
          parent.prose += frame.prose;
          parent.junk += frame.junk;
          parent.short += frame.short;
          parent.marked += frame.marked;
          parent.declared += frame.positive >= 2 ? frame.prose : frame.declared;
        }
      }
      top = stack[stack.length - 1].owner;
    },
  });

  flush();
  return { blocks, candidates, title, h1, jsonLd };
}
