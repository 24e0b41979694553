/**
 * `hearsay analyze --format geojson`: one GeoJSON Feature per geocoded place
 * entity, carrying the claims that mention it. A claim mentions a place when
 * one of its spans overlaps one of the place's mentions.
 */
import type { Ledger } from '../ledger/types.js';

export interface PlaceClaim {
  id: string;
  text: string;
  certainty: string;
  sources: string[];
  /** The sources' names, for readers of the file alone. */
  sourceNames: string[];
}

export interface PlaceFeature {
  type: 'Feature';
  /** GeoJSON order: [longitude, latitude]. */
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    id: string; name: string; geonameId?: number; country?: string; featureCode?: string;
    mentions: number; claims: PlaceClaim[];
  };
}

type LedgerPlace = Ledger['entities'][number] & { geo: NonNullable<Ledger['entities'][number]['geo']> };

/** Geocoded place entities of a ledger. */
export function geocodedPlaces(ledger: Ledger): LedgerPlace[] {
  return ledger.entities.filter((e): e is LedgerPlace => e.type === 'place' && !!e.geo && Number.isFinite(e.geo.lat) && Number.isFinite(e.geo.lon));
}

/** Claims with a span overlapping one of the place's mentions. */
export function claimsAbout(ledger: Ledger, place: Ledger['entities'][number]): Ledger['claims'] {
  return ledger.claims.filter((c) => c.span.some((s) => place.mentions.some((m) => m.start < s.end && s.start < m.end)));
}

export function geojsonOf(ledger: Ledger): { type: 'FeatureCollection'; features: PlaceFeature[] } {
  const sourceName = new Map(ledger.sources.map((s) => [s.id, s.name]));
  const features = geocodedPlaces(ledger).map((e): PlaceFeature => {
    const properties: PlaceFeature['properties'] = { id: e.id, name: e.name, mentions: e.mentions.length, claims: [] };
    if (e.geo.geonameId) properties.geonameId = e.geo.geonameId;
    if (e.geo.country) properties.country = e.geo.country;
    if (e.geo.featureCode) properties.featureCode = e.geo.featureCode;
    properties.claims = claimsAbout(ledger, e).map((c) => ({
      id: c.id, text: c.text, certainty: c.certainty, sources: c.sources,
      sourceNames: c.sources.map((id) => sourceName.get(id) ?? id),
    }));
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [e.geo.lon, e.geo.lat] }, properties };
  });
  return { type: 'FeatureCollection', features };
}
