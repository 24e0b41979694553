/**
 * The 'places' pipeline component: recognises toponyms in the tokens,
 * geocodes them against the offline gazetteer and folds them into
 * doc.entities. It runs after 'entities' and corrects it where the gazetteer
 * knows better: a lone "Khabarovsk" guessed as an organisation becomes a
 * place, a "place" that is a demonym or a title goes, and a person or
 * organisation whose name merely contains a place ("Vladimir Putin",
 * "U.S. Defense Department") keeps its mention.
 */
import { newEntity, type Doc, type Entity, type Geo } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { register } from '../pipeline/registry.js';
import { gazetteer, type Gazetteer } from './gazetteer.js';
import { normName } from './normalize.js';
import { CALENDAR, recognizeToponyms } from './recognize.js';
import { resolveToponyms, type Resolution } from './resolve.js';
import { NAME_TITLES } from '../layers/lexicon.js';

interface Found {
  key: string;
  name: string;
  geo?: Geo;
  spans: Span[];
}

const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end;
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function places(doc: Doc): void {
  const g = gazetteer();
  const mentions = recognizeToponyms(doc, g);
  const resolved = resolveToponyms(doc, g, mentions);

  // One entity per resolved place; its mentions in text order.
  const found: Found[] = [];
  const byKey = new Map<string, Found>();
  for (const m of mentions) {
    const r = resolved.get(m);
    if (!r) continue;
    const key = placeKey(r);
    let f = byKey.get(key);
    if (!f) {
      f = { key, name: r.name, geo: geoOf(r), spans: [] };
      byKey.set(key, f);
      found.push(f);
    }
    f.spans.push({ start: m.start, end: m.end });
  }

  mergeIntoEntities(doc, g, found);
}

function placeKey(r: Resolution): string {
  return r.row >= 0 ? `row:${r.row}` : `part:${r.name}`;
}

function geoOf(r: Resolution): Geo {
  const geo: Geo = { lat: r.lat, lon: r.lon };
  if (r.geonameId) geo.geonameId = r.geonameId;
  if (r.country) geo.country = r.country;
  geo.featureCode = r.featureCode;
  return geo;
}

function mergeIntoEntities(doc: Doc, g: Gazetteer, found: Found[]): void {
  // (Loops, not flatMap: V8's flatMap is a slow generic path for a dozen spans.)
  const ours: Span[] = [];
  for (const f of found) for (const sp of f.spans) ours.push(sp);
  ours.sort((a, b) => a.start - b.start);
  // Our mentions do not overlap each other: a binary search finds the one a span may overlap.
  const overlapping = (s: Span): Span | undefined => {
    let lo = 0, hi = ours.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ours[mid]!.end <= s.start) lo = mid + 1; else hi = mid; }
    const o = ours[lo];
    return o && overlap(o, s) ? o : undefined;
  };
  const owner = new Map<Span, Found>();
  for (const f of found) for (const sp of f.spans) owner.set(sp, f);
  const kept: Entity[] = [];
  const absorbed = new Map<Found, Entity>();
  for (const e of doc.entities) {
    const remaining: Span[] = [];
    for (const s of e.mentions) {
      const hit = overlapping(s);
      if (!hit) { remaining.push(s); continue; }
      const f = owner.get(hit)!;
      // The earlier layer saw a longer name around our toponym: a person's
      // or an organisation's ("Ohio Supreme Court"). It keeps its mention and
      // ours nests inside, unless all it adds is a modifier ("Eastern China").
      if (e.type !== 'place' && !inside(s, hit) && !onlyModifiers(doc, s, hit)) {
        remaining.push(s);
        continue;
      }
      // Otherwise the mention is ours: a place the earlier layer mistyped or
      // already called a place.
      if (e.type === 'place' && !absorbed.has(f)) absorbed.set(f, e);
    }
    if (!remaining.length && e.type !== 'place') continue;
    if (e.type === 'place' && remaining.length === e.mentions.length) {
      // A "place" we could not find: keep it ungeocoded unless it is plainly
      // no place (a demonym, a titled person, a month, a code).
      if (notAPlace(g, e)) continue;
      kept.push(e);
      continue;
    }
    // Folded into ours below; its other mentions are ones the recogniser
    // turned down (inside a person's name, a common word).
    if (e.type === 'place' && remaining.length < e.mentions.length) continue;
    if (remaining.length === e.mentions.length) { kept.push(e); continue; }
    // ("ORLANDO, Fla. (AP)": an agency the earlier layer named after the place it took for it is
    // named by what is left of it, "AP".)
    const texts = remaining.map((s) => doc.text.slice(s.start, s.end));
    const name = texts.includes(e.name) ? e.name : texts.reduce((a, b) => (b.length > a.length ? b : a));
    kept.push(newEntity(e.id, e.type, name, remaining, e.geo, e.country));
  }

  let next = 1;
  for (const e of kept) next = Math.max(next, 1 + idNumber(e.id));
  const usedIds = new Set(kept.map((e) => e.id));
  for (const f of found) {
    if (!f.spans.length) continue;
    const prev = absorbed.get(f);
    let id = prev && !usedIds.has(prev.id) ? prev.id : `e${next++}`;
    while (usedIds.has(id)) id = `e${next++}`;
    usedIds.add(id);
    kept.push(newEntity(id, 'place', f.name, f.spans.sort((a, b) => a.start - b.start), f.geo, f.geo?.country));
  }
  doc.entities = kept.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/** The number of an entity id "e12" (0 for another form): a char-code loop, not a regex per entity. */
function idNumber(id: string): number {
  if (id.length < 2 || id.charCodeAt(0) !== 101) return 0;
  for (let i = 1; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return 0;
  }
  return Number(id.slice(1));
}

/** True when `outer` adds only determiners and direction words to `place` ("the", "Eastern"). */
function onlyModifiers(doc: Doc, outer: Span, place: Span): boolean {
  const extra = (doc.text.slice(outer.start, place.start) + ' ' + doc.text.slice(place.end, outer.end)).toLowerCase();
  return extra.split(/\s+/).filter(Boolean).every((w) => MODIFIERS.has(w));
}
const MODIFIERS = new Set(['the', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'greater', 'downtown', 'upstate', 'region', 'province', 'state', 'county']);

function notAPlace(g: Gazetteer, e: Entity): boolean {
  const first = e.name.split(/\s+/)[0]!.toLowerCase();
  if (NAME_TITLES.has(first)) return true;
  if (g.demonymCountry(normName(e.name))) return true;
  // Months and weekdays ("in March"), and codes with digits ("H5N1").
  if (CALENDAR.has(first.replace(/\.$/, '')) && !e.name.includes(' ')) return true;
  if (/\d/.test(e.name)) return true;
  return false;
}

register({ name: 'places', requires: ['tokenize'], run: places });
