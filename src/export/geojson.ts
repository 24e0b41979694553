/**
 * MINIMAL PLACEHOLDER written by the inputs/CLI engineer so `--format
 * geojson` works end to end; the geo teammate owns this file and may replace
 * it (keep the signature `geojsonOf(ledger)`).
 *
 * One GeoJSON Feature per geocoded place entity, with the claims whose text
 * mentions it.
 */
import type { Ledger } from '../ledger/types.js';

export interface PlaceFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    id: string; name: string; geonameId?: number; country?: string; featureCode?: string;
    mentions: number; claims: Array<{ id: string; text: string; certainty: string; sources: string[] }>;
  };
}

export function geojsonOf(ledger: Ledger): { type: 'FeatureCollection'; features: PlaceFeature[] } {
  const features: PlaceFeature[] = [];
  for (const e of ledger.entities) {
    if (e.type !== 'place' || !e.geo) continue;
    const claims = ledger.claims.filter((c) => c.span.some((s) => e.mentions.some((m) => m.start < s.end && s.start < m.end)));
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [e.geo.lon, e.geo.lat] },
      properties: {
        id: e.id, name: e.name, geonameId: e.geo.geonameId, country: e.geo.country, featureCode: e.geo.featureCode,
        mentions: e.mentions.length,
        claims: claims.map((c) => ({ id: c.id, text: c.text, certainty: c.certainty, sources: c.sources })),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
