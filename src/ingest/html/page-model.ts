// What the streaming pass learns about a page: text blocks, candidate containers, marked elements.

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
  /** The nearest boilerplate-marked ancestor (index into `marks`), -1 for none. */
  readonly mark: number;
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
  /** Prose characters, boilerplate weight and short unlinked lines inside; see scoreBlock. */
  readonly prose: number;
  readonly junk: number;
  readonly short: number;
  /** Everything inside boilerplate-marked descendants (removed later, so it weighs little). */
  readonly marked: number;
  /** Prose inside elements named as the article body (itself or its outermost such descendants). */
  readonly declared: number;
  /** 3: itemprop=articleBody, 2: named as the article body, 1: a generic content name, 0: none. */
  readonly positive: 0 | 1 | 2 | 3;
  /** The nearest boilerplate-marked element enclosing it (itself included), -1 for none. */
  readonly mark: number;
  /** Lower-cased id/class/role text, for debugging. */
  readonly hint: string;
}

/** An element marked as boilerplate by its tag (nav, figure...) or its class/id. */
export interface Mark {
  readonly parent: number;
  readonly depth: number;
  readonly reason: string;
  /** All text weight inside, and whether an article-like element (see collectBlocks) sits inside; set on close. */
  total: number;
  articleInside: boolean;
  /**
   * A marked element holding most of the page and an article-like element is a layout wrapper
   * ("content-with-sidebar"), not boilerplate; set once the whole page is read.
   */
  layout: boolean;
}

export interface CollectedPage {
  readonly blocks: readonly TextBlock[];
  readonly candidates: readonly Candidate[];
  readonly marks: readonly Mark[];
  readonly title: string | null;
  /** Texts of the `<h1>` elements, in page order. */
  readonly h1s: readonly string[];
  /** How many headline-and-blurb cards the page has (a listing page has many). */
  readonly teasers: number;
  /** No <html>, <head> or <body>: a fragment such as a feed item's description. */
  readonly fragment: boolean;
}

/** Marks form chains far shorter than this; the cap only bounds adversarial nesting. */
const MAX_CHAIN = 64;

/** How many real (non-layout) marked elements enclose `mark`'s owner below `aboveDepth`. */
export function countMarks(marks: readonly Mark[], mark: number, aboveDepth = 0): number {
  let n = 0;
  for (let i = mark, steps = 0; i >= 0 && steps < MAX_CHAIN; i = marks[i].parent, steps++) {
    if (marks[i].depth <= aboveDepth) break;
    if (!marks[i].layout) n++;
  }
  return n;
}
