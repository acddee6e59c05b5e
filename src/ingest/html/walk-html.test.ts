import { test } from 'node:test';
import assert from 'node:assert/strict';
import { walkHtml } from './walk-html.js';

/** Renders the event stream as a bracketed tree: `div(p("a") p("b"))`. */
function tree(html: string): string {
  const out: string[] = [];
  walkHtml(html, {
    open(tag) {
      out.push(`${tag}(`);
    },
    close() {
      out.push(')');
    },
    text(t) {
      out.push(JSON.stringify(t));
    },
  });
  return out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

test('an unclosed paragraph ends where the next one begins', () => {
  assert.equal(tree('<div><p>a<p>b</div>'), 'div(p("a") p("b"))');
});

test('list items and table cells close their open siblings', () => {
  assert.equal(tree('<ul><li>x<li>y</ul>'), 'ul(li("x") li("y"))');
  assert.equal(tree('<table><tr><td>1<td>2<tr><td>3</table>'), 'table(tr(td("1") td("2")) tr(td("3")))');
});

test('stray end tags are ignored and void elements close at once', () => {
  assert.equal(tree('<div>a</span></p>b<br>c<img src=x></div>'), 'div("a" "b" br() "c" img())');
});

test('an end tag closes the elements left open inside it', () => {
  assert.equal(tree('<div><span><b>x</div>y'), 'div(span(b("x"))) "y"');
});

test('truncated input still closes every element', () => {
  assert.equal(tree('<div><p>cut off <a href="x'), 'div(p("cut off "))');
});

test('keeps only the attributes the extractor reads, with entities decoded', () => {
  const seen: Record<string, string>[] = [];
  walkHtml('<div id="main" class="a &amp; b" data-x="1" onclick="go()">t<a href="/long/url">x</a></div>', {
    open(_tag, attrs) {
      seen.push({ ...attrs });
    },
    close() {},
    text() {},
  });
  assert.deepEqual(seen, [{ id: 'main', class: 'a & b' }, { href: '' }]);
});

test('script content arrives as raw text, entities in text are decoded', () => {
  assert.equal(tree('<script>if (a < b) x = "<p>";</script><p>Lima &amp; Quito</p>'),
    'script("if (a < b) x = \\"<p>\\";") p("Lima " "&" " Quito")');
});

test('body content after an unclosed <head> leaves the head', () => {
  assert.equal(tree('<html><head><title>t</title><p>text'), 'html(head(title("t")) p("text"))');
});

test('nesting deeper than 512 levels continues as siblings', () => {
  let depth = 0;
  let deepest = 0;
  walkHtml('<div>'.repeat(2000), {
    open() {
      deepest = Math.max(deepest, ++depth);
    },
    close() {
      depth--;
    },
    text() {},
  });
  assert.equal(deepest, 512);
  assert.equal(depth, 0);
});
