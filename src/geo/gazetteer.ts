/**
 * The gazetteer at run time: the index that build-index.ts wrote, loaded once
 * per process (~0.4 s), so that recognising a toponym costs a few hash
 * lookups per capitalised token.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIRST_WORD_PREFIX, GAZETTEER_VERSION, buildGazetteer, type GazetteerData } from './build-index.js';
import { normName, normNameCached } from './normalize.js';
export { distanceKm } from './distance.js';

export const INDEX_PATH = fileURLToPath(new URL('../../data/gazetteer.json', import.meta.url));


export class Gazetteer {
  readonly d: GazetteerData;
  private readonly common: Set<string>;
  private readonly countries = new Map<string, number>();
  private readonly admin1 = new Map<string, number>();
  /** Rows of populated places per country, built on first use (direction regions). */
  private citiesOf?: Map<string, number[]>;

  // The name tables become Maps: a 140k-key object is a slow dictionary-mode
  // object, and lookups happen for every capitalised token of every article
  // (the places stage spent a fifth of its time in those lookups); the copy costs ~40 ms once.
  private readonly keys: Map<string, number[]>;
  private readonly stems: Map<string, number[]>;
  private readonly firstWords: Map<string, number>;
  private readonly demonyms: Map<string, string>;
  constructor(d: GazetteerData) {
    this.d = d;
    this.keys = new Map(Object.entries(d.keys));
    this.stems = new Map(Object.entries(d.stems));
    this.firstWords = new Map(Object.entries(d.firstWords));
    this.demonyms = new Map(Object.entries(d.demonyms));
    this.common = new Set(d.common);
    for (const i of d.regionRows) {
      const fc = d.featureCode[i]!;
      if (fc === 'PCLI' || fc === 'PCLD') { if (!this.countries.has(d.country[i]!)) this.countries.set(d.country[i]!, i); }
      else if (fc === 'ADM1') this.admin1.set(`${d.country[i]}.${d.admin1[i]}`, i);
    }
  }

  get size(): number { return this.d.name.length; }

  /** Rows whose full name is `key` (already normalised). */
  exact(key: string): number[] | undefined { return this.keys.get(key); }
  /** Rows whose name without its type word ("Kursk Oblast" -> "kursk") or "City" is `key`. */
  stem(key: string): number[] | undefined { return this.stems.get(key); }

  /** Most words of a name that starts with this (normalised) word; 0 when none does. */
  maxWordsFrom(word: string): number { return this.firstWords.get(word.slice(0, FIRST_WORD_PREFIX)) ?? 0; }
  /** True when a one-word name is also an English word. */
  isCommonWord(key: string): boolean { return this.common.has(key); }

  countryRow(cc: string): number | undefined { return this.countries.get(cc); }
  admin1Row(cc: string, a1: string): number | undefined { return this.admin1.get(`${cc}.${a1}`); }
  demonymCountry(normalized: string): string | undefined { return this.demonyms.get(normalized); }

  isCountry(row: number): boolean { const f = this.d.featureCode[row]; return f === 'PCLI' || f === 'PCLD'; }
  isAdmin(row: number): boolean { const f = this.d.featureCode[row]; return f === 'ADM1' || f === 'ADM2'; }
  isPopulated(row: number): boolean { return this.d.featureCode[row]!.startsWith('PPL'); }

  populatedIn(cc: string): number[] {
    if (!this.citiesOf) {
      this.citiesOf = new Map();
      for (let i = 0; i < this.d.name.length; i++) {
        if (!this.isPopulated(i)) continue;
        const cc2 = this.d.country[i]!;
        let a = this.citiesOf.get(cc2);
        if (!a) this.citiesOf.set(cc2, (a = []));
        a.push(i);
      }
    }
    return this.citiesOf.get(cc) ?? [];
  }
}

let loaded: Gazetteer | undefined;

/** The process-wide gazetteer; built in memory from the packages if the index file is missing or stale. */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  let data: GazetteerData | undefined;
  if (existsSync(INDEX_PATH)) {
    const parsed = JSON.parse(readFileSync(INDEX_PATH, 'utf8')) as GazetteerData;
    // An index from older code (a stale build) is rebuilt rather than misread.
    if (parsed.version === GAZETTEER_VERSION) data = parsed;
  }
  data ??= buildGazetteer();
  loaded = new Gazetteer(data);
  return loaded;
}

/**
 * The country a demonym or country adjective names: "South Korean" -> "KR",
 * "Ukrainian" -> "UA", "Americans" -> "US"; also a country name or
 * abbreviation itself ("U.S." -> "US"). Undefined when it names no country.
 */
export function countryOfDemonym(word: string): string | undefined {
  const g = gazetteer();
  const k = normNameCached(word);
  const dem = g.demonymCountry(k);
  if (dem) return dem;
  for (const row of g.exact(k) ?? []) if (g.isCountry(row)) return g.d.country[row];
  return undefined;
}

/** True when `name` is a country's name or a common short form of it ("Russia", "U.S.", "DPRK"). */
export function isCountryName(name: string): boolean {
  const g = gazetteer();
  return (g.exact(normNameCached(name)) ?? []).some((row) => g.isCountry(row));
}
