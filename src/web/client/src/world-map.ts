// The world map: country shapes from the bundled world-atlas TopoJSON, drawn once with d3-geo;
// changing the relation or date only changes each country's class.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { svg } from './dom.js';
import { alpha3OfNumeric } from './format.js';

const BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XKX', 'N. Cyprus': 'CYP', Somaliland: 'SOM', Taiwan: 'TWN', Palestine: 'PSE' };

export interface WorldMap {
  readonly element: SVGSVGElement;
  /** Sets each country's value class and tooltip; countries missing from `values` are cleared. */
  paint(values: ReadonlyMap<string, string>, focus: string, describe: (code: string, value: string | undefined) => string): void;
}

type CountryProps = { name: string };

export function makeWorldMap(onPick: (code: string) => void): WorldMap {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProps>;
  const width = 960;
  const height = 470;
  const projection = geoNaturalEarth1().fitSize([width, height], countries);
  const path = geoPath(projection);
  const element = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'world-map', role: 'img', 'aria-labelledby': 'map-caption' });
  const shapes = new Map<string, { el: SVGPathElement; title: SVGTitleElement }[]>();
  for (const f of countries.features) {
    const code = (f.id !== undefined ? alpha3OfNumeric.get(String(f.id).padStart(3, '0')) : undefined) ?? BY_NAME[f.properties.name] ?? null;
    const title = svg('title', {}, f.properties.name);
    const d = path(f);
    if (!d) continue;
    const el = svg('path', { d, class: 'country', 'data-code': code ?? '' }, title);
    if (code) {
      el.addEventListener('click', () => onPick(code));
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
        }
      }
    },
  };
}
