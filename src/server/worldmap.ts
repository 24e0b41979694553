/**
 * An offline world map as SVG: world-atlas country shapes (TopoJSON, decoded
 * here in a few lines rather than with another dependency) drawn with d3-geo's
 * Equal Earth projection, and a pin per place the corpus mentions. Every name
 * is escaped: place names come from untrusted article text.
 */
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

interface Topology {
  arcs: number[][][];
  transform: { scale: [number, number]; translate: [number, number] };
  objects: { countries: { geometries: Array<{ type: string; arcs: number[][] | number[][][]; properties?: { name?: string } }> } };
}

const require = createRequire(import.meta.url);

/** Arcs are quantised and delta-encoded; a negative index ~i means arc i reversed. */
function decodeArcs(topo: Topology): Position[][] {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx!; y += dy!; return [x * sx + tx, y * sy + ty]; });
  });
}

function ring(arcs: Position[][], indexes: number[]): Position[] {
  const out: Position[] = [];
  for (const i of indexes) {
    const a = i < 0 ? [...arcs[~i]!].reverse() : arcs[i]!;
    // Consecutive arcs share their joining point.
    out.push(...(out.length ? a.slice(1) : a));
  }
  return out;
}

let countries: FeatureCollection | undefined;

export function worldCountries(): FeatureCollection {
  if (countries) return countries;
  const topo = require('world-atlas/countries-110m.json') as Topology;
  const arcs = decodeArcs(topo);
  const features: Feature[] = [];
  for (const g of topo.objects.countries.geometries) {
    let geometry: Polygon | MultiPolygon;
    if (g.type === 'Polygon') geometry = { type: 'Polygon', coordinates: (g.arcs as number[][]).map((r) => ring(arcs, r)) };
    else if (g.type === 'MultiPolygon') geometry = { type: 'MultiPolygon', coordinates: (g.arcs as number[][][]).map((p) => p.map((r) => ring(arcs, r))) };
    else continue;
    features.push({ type: 'Feature', properties: { name: g.properties?.name ?? '' }, geometry });
  }
  return (countries = { type: 'FeatureCollection', features });
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface Pin {
  name: string;
  lat: number;
  lon: number;
  /** Drives the pin's size. */
  weight: number;
  label?: string;
}

export function mapSvg(pins: Pin[], width = 960, height = 500): string {
  const land = worldCountries();
  const projection = geoEqualEarth().fitExtent([[8, 8], [width - 8, height - 8]], { type: 'Sphere' });
  const path = geoPath(projection);
  const shapes = land.features.map((f) => `<path d="${path(f) ?? ''}"><title>${esc(String(f.properties?.name ?? ''))}</title></path>`).join('');
  const maxW = Math.max(1, ...pins.map((p) => p.weight));
  const dots = pins.map((p) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) return '';
    const r = 2.5 + 7 * Math.sqrt(p.weight / maxW);
    return `<circle class="pin" cx="${xy[0].toFixed(1)}" cy="${xy[1].toFixed(1)}" r="${r.toFixed(1)}"><title>${esc(p.label ?? p.name)}</title></circle>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="map of places in the corpus">` +
    `<style>.sphere{fill:#eef4f8}.land path{fill:#d9d4c7;stroke:#fff;stroke-width:.5}.pin{fill:#c0392b;fill-opacity:.75;stroke:#fff;stroke-width:1}</style>` +
    `<path class="sphere" d="${path({ type: 'Sphere' }) ?? ''}"/><g class="land">${shapes}</g><g>${dots}</g></svg>`;
}
