// The world map: country outlines projected at build time (virtual:world-paths, from the bundled
// world-atlas TopoJSON); changing the relation or date only changes each country's class.
import { countries, height, width } from 'virtual:world-paths';
import { svg } from './dom.js';

export interface WorldMap {
  readonly element: SVGSVGElement;
  /** Sets each country's value class and tooltip; countries missing from `values` are cleared. */
  paint(values: ReadonlyMap<string, string>, focus: string, describe: (code: string, value: string | undefined) => string): void;
}

export function makeWorldMap(onPick: (code: string) => void): WorldMap {
  const element = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'world-map', role: 'group', 'aria-labelledby': 'map-caption' });
  const shapes = new Map<string, { el: SVGPathElement; title: SVGTitleElement }[]>();
  for (const c of countries) {
    const title = svg('title', {}, c.name);
    const el = svg('path', { d: c.d, class: 'country', 'data-code': c.code ?? '' }, title);
    const code = c.code;
    if (code) {
      el.addEventListener('click', () => onPick(code));
      el.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onPick(code);
        }
      });
      shapes.set(code, [...(shapes.get(code) ?? []), { el, title }]);
    }
    element.append(el);
  }
  return {
    element,
    paint(values, focus, describe) {
      for (const [code, list] of shapes) {
        const value = values.get(code);
        for (const { el, title } of list) {
          el.setAttribute('class', `country${value ? ` v-${value}` : ''}${code === focus ? ' v-focus' : ''}`);
          title.textContent = describe(code, value);
          // Countries with a value on record are keyboard stops (Enter opens the pair); the rest are not.
          if (value) {
            el.setAttribute('tabindex', '0');
            el.setAttribute('role', 'link');
            el.setAttribute('aria-label', title.textContent);
          } else {
            el.removeAttribute('tabindex');
            el.removeAttribute('role');
            el.removeAttribute('aria-label');
          }
        }
      }
    },
  };
}
