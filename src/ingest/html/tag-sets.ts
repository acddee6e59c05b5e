// Tag families the streaming pass switches on.

/** Elements that end a run of inline text (so their text is a block of its own). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
]);

/** Elements whose content is never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'textarea', 'button', 'option', 'head', 'picture', 'map', 'input',
]);

/** Block elements that hold page furniture rather than the story, whatever their class says. */
export const JUNK_TAGS: ReadonlySet<string> = new Set([
  'nav', 'aside', 'footer', 'figure', 'figcaption', 'header', 'menu', 'dialog', 'form', 'address',
  'fieldset', 'legend', 'details', 'summary', 'caption',
]);
