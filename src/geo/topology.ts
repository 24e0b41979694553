/**
 * Country shapes from world-atlas (Natural Earth TopoJSON) as GeoJSON, with a
 * minimal TopoJSON decoder (quantised arcs -> rings) so no extra dependency
 * is needed. Used for the map and for country centres.
 */
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

const require = createRequire(import.meta.url);

interface Topology {
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: Array<Array<[number, number]>>;
  objects: Record<string, { geometries: Array<{ type: string; id?: string | number; arcs?: any; properties?: { name?: string } }> }>;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

export function countryShapes(resolution: '110m' | '50m' = '110m'): CountryFeature[] {
  const topo = require(`world-atlas/countries-${resolution}.json`) as Topology;
  const [sx, sy] = topo.transform?.scale ?? [1, 1];
  const [tx, ty] = topo.transform?.translate ?? [0, 0];
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      if (topo.transform) { x += dx; y += dy; return [x * sx + tx, y * sy + ty] as [number, number]; }
      return [dx, dy] as [number, number];
    });
  });
  const ring = (ids: number[]) => {
    const pts: Array<[number, number]> = [];
    for (const i of ids) {
      const a = i < 0 ? [...arcs[~i]!].reverse() : arcs[i]!;
      pts.push(...(pts.length ? a.slice(1) : a));
    }
    return pts;
  };
  const out: CountryFeature[] = [];
  for (const g of topo.objects.countries!.geometries) {
    let geometry: Polygon | MultiPolygon;
    if (g.type === 'Polygon') geometry = { type: 'Polygon', coordinates: (g.arcs as number[][]).map(ring) };
    else if (g.type === 'MultiPolygon') geometry = { type: 'MultiPolygon', coordinates: (g.arcs as number[][][]).map((p) => p.map(ring)) };
    else continue;
    out.push({ type: 'Feature', id: String(g.id ?? ''), properties: { name: g.properties?.name ?? '' }, geometry });
  }
  return out;
}

