// Build-time: the world map's country outlines as SVG path strings (world-atlas 110m, Natural
// Earth projection), so the browser only inserts 177 paths instead of projecting geometry.
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface CountryPath {
  readonly code: string | null;
  readonly name: string;
  readonly d: string;
}

// Shapes world-atlas leaves without an ISO numeric id.
const BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XKX', 'N. Cyprus': 'CYP', Somaliland: 'SOM', Taiwan: 'TWN', Palestine: 'PSE' };

export function worldPaths(): CountryPath[] {
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const codes = require('i18n-iso-countries/codes.json') as [string, string, string][];
  const alpha3 = new Map(codes.map((r) => [r[2], r[1]]));
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const path = geoPath(geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], countries)).digits(1);
  const out: CountryPath[] = [];
  for (const f of countries.features) {
    const d = path(f);
    if (!d) continue;
    const code = (f.id !== undefined ? alpha3.get(String(f.id).padStart(3, '0')) : undefined) ?? BY_NAME[f.properties.name] ?? null;
    out.push({ code, name: f.properties.name, d });
  }
  return out;
}
