/**
 * The gazetteer at run time: the index that build-index.ts wrote, loaded once
 * per process (~0.1 s, see index-file.ts), so that recognising a toponym costs a few hash
 * lookups per capitalised token.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIRST_WORD_PREFIX, GAZETTEER_VERSION, buildGazetteer } from './build-index.js';
import { indexFromData, readIndex, type GazetteerIndex } from './index-file.js';
import { normName, normNameCached } from './normalize.js';
export { distanceKm } from './distance.js';

export const INDEX_PATH = fileURLToPath(new URL('../../data/gazetteer.bin', import.meta.url));

export class Gazetteer {
  readonly d: GazetteerIndex;
  private readonly countries = new Map<string, number>();
  private readonly admin1 = new Map<string, number>();
  /** Country codes by the names that may name a country, built on first use (see countryOfName). */
  private countryNames?: Map<string, string>;
  /** Flags by the first three letters (a-z) of demonyms and country names, built with countryNames (see mayNameCountry). */
  private countryPrefixes?: Uint8Array;
  /**
   * Per row, its class (COUNTRY, ADMIN, POPULATED, OTHER), or 0 until first asked. The feature
   * code strings lie scattered over the heap and compare by content; one byte per row, read
   * from a small array, is what isCountry and the others cost after the first time.
   */
  private readonly kinds: Uint8Array;
  /** Rows of populated places per country, built on first use (direction regions). */
  private citiesOf?: Map<string, number[]>;

  constructor(d: GazetteerIndex) {
    this.d = d;
    this.kinds = new Uint8Array(d.rows);
    for (const i of d.regionRows) {
      const fc = d.featureCode[i]!;
      if (fc === 'PCLI' || fc === 'PCLD') { if (!this.countries.has(d.country[i]!)) this.countries.set(d.country[i]!, i); }
      else if (fc === 'ADM1') this.admin1.set(`${d.country[i]}.${d.admin1[i]}`, i);
    }
  }

  get size(): number { return this.d.rows; }

  /** Rows whose full name is `key` (already normalised). */
  exact(key: string): number[] | undefined { return this.d.keys.get(key); }
  /** Rows whose name without its type word ("Kursk Oblast" -> "kursk") or "City" is `key`. */
  stem(key: string): number[] | undefined { return this.d.stems.get(key); }

  /** Most words of a name that starts with this (normalised) word; 0 when none does. */
  maxWordsFrom(word: string): number { return this.d.firstWords.get(word.length > FIRST_WORD_PREFIX ? word.slice(0, FIRST_WORD_PREFIX) : word) ?? 0; }
  /** True when a one-word name is also an English word. */
  isCommonWord(key: string): boolean { return this.d.common.has(key); }

  /**
   * The country a (normalised) name names, when one of its readings is a country ("russia", "us",
   * "dprk"): that of the first country row exact(key) lists. Answered from a table of the ~800
   * such names, built on first use: entities ask it of every capitalised run, and a lookup in
   * the full name index costs a hash, a probe and an array of rows.
   */
  countryOfName(key: string): string | undefined {
    if (!this.countryNames) this.buildCountryNames();
    return this.countryNames!.get(key);
  }

  /**
   * False when no demonym and no country name can be `word`'s normal form: its first three
   * characters are letters a-z (in either case) that open none of them. Those letters open the
   * normal form too (normName only lower-cases them), unless the word opens with a word normName
   * abbreviates ("Saint", "Mount", "Fort"), which is let through. Most capitalised words are turned
   * away by one array read, before any string is lower-cased or looked up.
   */
  mayNameCountry(word: string): boolean {
    const code = prefixCode(word);
    if (code < 0) return true;
    if (!this.countryPrefixes) this.buildCountryNames();
    return this.countryPrefixes![code] === 1 || code === SAI || code === MOU || code === FOR;
  }

  private buildCountryNames(): void {
    this.countryNames = new Map();
    // (Countries are among the region rows, as the index builder lists them; flags make the scan a few ms.)
    const country = new Uint8Array(this.size);
    for (const r of this.d.regionRows) if (this.isCountry(r)) country[r] = 1;
    for (const [k, row] of this.d.keys.firstFlaggedRows(country)) this.countryNames.set(k, this.d.country[row]!);
    this.countryPrefixes = new Uint8Array(26 * 26 * 26);
    for (const k of [...this.countryNames.keys(), ...this.d.demonyms.keys()]) {
      const code = prefixCode(k);
      if (code >= 0) this.countryPrefixes[code] = 1;
    }
  }

  countryRow(cc: string): number | undefined { return this.countries.get(cc); }
  admin1Row(cc: string, a1: string): number | undefined { return this.admin1.get(`${cc}.${a1}`); }
  demonymCountry(normalized: string): string | undefined { return this.d.demonyms.get(normalized); }

  isCountry(row: number): boolean { return this.kind(row) === COUNTRY; }
  isAdmin(row: number): boolean { return this.kind(row) === ADMIN; }
  isPopulated(row: number): boolean { return this.kind(row) === POPULATED; }

  private kind(row: number): number {
    let k = this.kinds[row];
    if (k === 0) {
      const f = this.d.featureCode[row]!;
      k = f === 'PCLI' || f === 'PCLD' ? COUNTRY : f === 'ADM1' || f === 'ADM2' ? ADMIN : f.startsWith('PPL') ? POPULATED : OTHER;
      this.kinds[row] = k;
    }
    // (undefined for a row outside the index, as the feature code was: no class.)
    return k ?? OTHER;
  }

  populatedIn(cc: string): number[] {
    if (!this.citiesOf) {
      this.citiesOf = new Map();
      for (let i = 0; i < this.d.rows; i++) {
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

/** Classes of rows, for Gazetteer.kinds. */
const COUNTRY = 1, ADMIN = 2, POPULATED = 3, OTHER = 4;

/** The first three characters of `s` as a number below 26³ when they are letters a-z in either case; -1 otherwise. */
function prefixCode(s: string): number {
  if (s.length < 3) return -1;
  let code = 0;
  for (let i = 0; i < 3; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return -1;
    code = code * 26 + (c - 97);
  }
  return code;
}
const SAI = prefixCode('sai'), MOU = prefixCode('mou'), FOR = prefixCode('for');

let loaded: Gazetteer | undefined;

/** The process-wide gazetteer; built in memory from the packages if the index file is missing or stale. */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  // An index from older code (a stale build) is rebuilt in memory rather than misread.
  const index = (existsSync(INDEX_PATH) ? readIndex(INDEX_PATH, GAZETTEER_VERSION) : undefined) ?? indexFromData(buildGazetteer());
  loaded = new Gazetteer(index);
  return loaded;
}

/**
 * The country a demonym or country adjective names: "South Korean" -> "KR",
 * "Ukrainian" -> "UA", "Americans" -> "US"; also a country name or
 * abbreviation itself ("U.S." -> "US"). Undefined when it names no country.
 */
export function countryOfDemonym(word: string): string | undefined {
  // (No memo of its own: two lookups in small tables cost less than one in a memo of every
  // capitalised word seen, and normNameCached needs no memo for plain words.)
  const g = gazetteer();
  if (!g.mayNameCountry(word)) return undefined;
  const k = normNameCached(word);
  return g.demonymCountry(k) || g.countryOfName(k) || undefined;
}

/** True when the gazetteer holds a place of this name (any kind, any size). */
export function isKnownPlaceName(name: string): boolean {
  return gazetteer().exact(normNameCached(name)) !== undefined;
}

/** True when `name` is a country's name or a common short form of it ("Russia", "U.S.", "DPRK"). */
export function isCountryName(name: string): boolean {
  const g = gazetteer();
  return g.mayNameCountry(name) && g.countryOfName(normNameCached(name)) !== undefined;
}
