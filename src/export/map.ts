/**
 * The offline map for the HTML report: an inline SVG of the world's
 * countries (world-atlas 110m, Natural Earth) in d3-geo's Natural Earth
 * projection, zoomed to the article's places with a margin, and a pin per
 * geocoded place whose tooltip (<title>) lists the claims about it. No
 * request leaves the page; every piece of article text is escaped.
 *
 * Returns '' when the ledger has no geocoded place (the report then shows
 * no map).
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { Ledger } from '../ledger/types.js';
import { countryShapes, type CountryFeature } from '../geo/topology.js';
import { claimsAbout, geocodedPlaces } from './geojson.js';

const WIDTH = 800;
const HEIGHT = 420;
const PAD = 24;
/** Smallest area shown, in degrees, so one town is not a blank close-up. */
const MIN_SPAN_LON = 24;
const MIN_SPAN_LAT = 14;

let shapes: CountryFeature[] | undefined;

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function mapSvg(ledger: Ledger): string {
  const places = geocodedPlaces(ledger);
  if (!places.length) return '';
  shapes ??= countryShapes('110m');

  // The places' bounding box, widened by a margin and to a minimum size.
  let [w, e, s, n] = [180, -180, 90, -90];
  for (const p of places) { w = Math.min(w, p.geo.lon); e = Math.max(e, p.geo.lon); s = Math.min(s, p.geo.lat); n = Math.max(n, p.geo.lat); }
  const padLon = Math.max((e - w) * 0.15, (MIN_SPAN_LON - (e - w)) / 2, 2);
  const padLat = Math.max((n - s) * 0.15, (MIN_SPAN_LAT - (n - s)) / 2, 2);
  [w, e] = [Math.max(-180, w - padLon), Math.min(180, e + padLon)];
  [s, n] = [Math.max(-85, s - padLat), Math.min(85, n + padLat)];
  const frame: MultiPoint = { type: 'MultiPoint', coordinates: [[w, s], [w, n], [e, s], [e, n], [(w + e) / 2, s], [(w + e) / 2, n]] };
  const projection = geoNaturalEarth1().fitExtent([[PAD, PAD], [WIDTH - PAD, HEIGHT - PAD]], frame);
  // Drop what lies outside the frame: a smaller SVG for the report.
  projection.clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  const path = geoPath(projection);

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="hearsay-map" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-label="Map of the places the article names">`);
  out.push('<rect width="100%" height="100%" fill="#dbe9f4"/>');
  out.push('<g fill="#f4f1e8" stroke="#a9a294" stroke-width="0.5">');
  for (const c of shapes) {
    const d = path(c);
    if (d) out.push(`<path d="${d}"><title>${escapeXml(c.properties.name)}</title></path>`);
  }
  out.push('</g>');

  // Larger areas first so town pins sit on top of country pins.
  const order = [...places].sort((a, b) => rank(a.geo.featureCode) - rank(b.geo.featureCode));
  // Labels: towns first, then wider areas, each only where it overlaps no
  // label already placed (a crowded cluster keeps its pins and tooltips).
  /** Place id -> its label goes left of the pin. */
  const labelled = new Map<string, boolean>();
  const boxes: Array<[number, number, number, number]> = [];
  for (const p of [...order].reverse()) {
    const xy = projection([p.geo.lon, p.geo.lat]);
    if (!xy) continue;
    // Right of the pin, or left of it near the frame's right edge.
    const width = 6.2 * p.name.length;
    const left = xy[0] + 8 + width > WIDTH;
    const box: [number, number, number, number] = left
      ? [xy[0] - 8 - width, xy[1] - 17, xy[0] - 6, xy[1] - 4]
      : [xy[0] + 6, xy[1] - 17, xy[0] + 8 + width, xy[1] - 4];
    if (boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
    boxes.push(box);
    labelled.set(p.id, left);
  }
  out.push('<g class="pins">');
  for (const p of order) {
    const xy = projection([p.geo.lon, p.geo.lat]);
    if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
    const [x, y] = [xy[0].toFixed(1), xy[1].toFixed(1)];
    const claims = claimsAbout(ledger, p);
    const lines = [`${p.name} (${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'})`];
    for (const c of claims) lines.push(`• ${c.text} [${c.certainty}]`);
    if (!claims.length) lines.push('no claim mentions this place');
    const area = rank(p.geo.featureCode) < 2;
    out.push(`<g class="pin" data-entity="${escapeXml(p.id)}">`
      + `<title>${escapeXml(lines.join('\n'))}</title>`
      + `<circle cx="${x}" cy="${y}" r="${area ? 7 : 4.5}" fill="${area ? '#e8a33d' : '#c0392b'}" fill-opacity="${area ? 0.55 : 0.9}" stroke="#fff" stroke-width="1.2"/>`
      + (labelled.has(p.id)
        ? `<text x="${(Number(x) + (labelled.get(p.id) ? -7 : 7)).toFixed(1)}" y="${(Number(y) - 6).toFixed(1)}"${labelled.get(p.id) ? ' text-anchor="end"' : ''} font-family="sans-serif" font-size="11" fill="#222" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(p.name)}</text>`
        : '')
      + '</g>');
  }
  out.push('</g></svg>');
  return out.join('');
}

/** Drawing order: continents and regions, countries, first-level regions, the rest. */
function rank(featureCode?: string): number {
  if (featureCode === 'CONT' || featureCode === 'RGN') return 0;
  if (featureCode === 'PCLI' || featureCode === 'PCLD') return 1;
  if (featureCode === 'ADM1') return 2;
  return 3;
}
