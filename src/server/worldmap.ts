/**
 * An offline world map of the corpus as SVG: world-atlas country shapes (the
 * geo stage's decoder, src/geo/topology.ts) drawn with d3-geo's Equal Earth
 * projection, and a pin per place the corpus mentions, sized by how many
 * articles name it. Every name is escaped: place names come from untrusted
 * article text.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { countryShapes, type CountryFeature } from '../geo/topology.js';

let countries: CountryFeature[] | undefined;

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
  countries ??= countryShapes('110m');
  const projection = geoEqualEarth().fitExtent([[8, 8], [width - 8, height - 8]], { type: 'Sphere' });
  const path = geoPath(projection);
  const shapes = countries.map((f) => `<path d="${path(f) ?? ''}"><title>${esc(f.properties.name)}</title></path>`).join('');
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
