/**
 * The gazetteer index on disk (data/gazetteer.bin) and in memory.
 *
 * Why not JSON: parsing 13.8 MB of JSON and turning its 140k-key objects
 * into Maps took ~350 ms of every hearsay process, more than analysing a
 * hundred articles. Here the file is sections of typed arrays read with one
 * readFileSync: the name tables are open-addressing hash tables whose keys
 * stay in one Uint16Array (no string per key is ever created), and the
 * columns of places are typed arrays: numbers as they are, names as one UTF-16 array, codes
 * (country, feature, admin1) as one number per row into a list of their distinct values.
 *
 * Layout (little-endian): "HGAZ", u32 header length, a JSON header
 * ({version, rows, sections: {name: [byteOffset, byteLength]}, codeValues, small
 * tables}), then the sections, each starting at a multiple of 8 bytes.
 */
import { readFileSync } from 'node:fs';
import type { GazetteerData } from './build-index.js';
import { fnv1a } from '../corpus/text.js';

const MAGIC = 'HGAZ';

/** A read-only map from strings to non-negative integers over typed arrays (see the file comment). */
export class PackedTable {
  private readonly mask: number;
  constructor(
    /** All keys' UTF-16 code units, one after another. */
    private readonly chars: Uint16Array,
    /** Key k is chars[keyStart[k], keyStart[k + 1]). */
    private readonly keyStart: Int32Array,
    private readonly values: Int32Array,
    /** Key index + 1 per slot, 0 when empty; a power of two long. */
    private readonly slots: Int32Array,
  ) {
    this.mask = slots.length - 1;
  }

  get size(): number { return this.values.length; }

  /** Key number k (0 <= k < size), as a string. */
  keyAt(k: number): string {
    return String.fromCharCode(...this.chars.subarray(this.keyStart[k]!, this.keyStart[k + 1]!));
  }
  /** The value of key number k. */
  valueAt(k: number): number { return this.values[k]!; }

  get(s: string): number | undefined {
    const chars = this.chars, keyStart = this.keyStart, slots = this.slots, n = s.length;
    for (let slot = fnv1a(s) & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = slots[slot]! - 1;
      if (k < 0) return undefined;
      const a = keyStart[k]!;
      if (keyStart[k + 1]! - a !== n) continue;
      let i = 0;
      while (i < n && chars[a + i] === s.charCodeAt(i)) i++;
      if (i === n) return this.values[k];
    }
  }

  /** Packs `entries` (distinct keys); the inverse of the constructor's arrays. */
  static build(entries: Array<[string, number]>): { chars: Uint16Array; keyStart: Int32Array; values: Int32Array; slots: Int32Array } {
    const { chars, starts: keyStart } = packStrings(entries.map(([k]) => k));
    const values = Int32Array.from(entries, ([, v]) => v);
    // Load factor at most 1/2: short probe runs.
    let size = 2;
    while (size < entries.length * 2) size *= 2;
    const slots = new Int32Array(size);
    entries.forEach(([k], i) => {
      let slot = fnv1a(k) & (size - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      slots[slot] = i + 1;
    });
    return { chars, keyStart, values, slots };
  }
}

/** Names to rows: a PackedTable to an index into `lists`, where a name's rows are lists[at + 1 .. at + lists[at]]. */
export class NameIndex {
  constructor(private readonly table: PackedTable, private readonly lists: Int32Array) {}

  get size(): number { return this.table.size; }

  get(name: string): number[] | undefined {
    const at = this.table.get(name);
    if (at === undefined) return undefined;
    const n = this.lists[at]!, rows = new Array<number>(n);
    for (let i = 0; i < n; i++) rows[i] = this.lists[at + 1 + i]!;
    return rows;
  }

  /**
   * Each name one of whose rows is flagged (flags[row] === 1), with the first such row in the
   * order get() lists them. A scan of the whole table (~0.2 M names, a few ms once): for small
   * tables derived once per process.
   */
  firstFlaggedRows(flags: Uint8Array): Map<string, number> {
    const out = new Map<string, number>();
    const lists = this.lists, size = this.table.size;
    for (let k = 0; k < size; k++) {
      const at = this.table.valueAt(k), end = at + 1 + lists[at]!;
      for (let i = at + 1; i < end; i++) {
        if (flags[lists[i]!] === 1) { out.set(this.table.keyAt(k), lists[i]!); break; }
      }
    }
    return out;
  }

  static build(map: Record<string, number[]>): { table: ReturnType<typeof PackedTable.build>; lists: Int32Array } {
    const entries: Array<[string, number]> = [];
    const flat: number[] = [];
    for (const [k, rows] of Object.entries(map)) {
      entries.push([k, flat.length]);
      flat.push(rows.length, ...rows);
    }
    return { table: PackedTable.build(entries), lists: Int32Array.from(flat) };
  }
}

/**
 * The place names, all in one UTF-16 array: a name is made into a string only when asked for
 * (a run resolves a few hundred places of 170 000; splitting the whole column cost 15 ms a process).
 */
export class NameColumn {
  constructor(private readonly chars: Uint16Array, private readonly starts: Int32Array) {}

  get length(): number { return this.starts.length - 1; }

  at(row: number): string | undefined {
    if (!(row >= 0 && row < this.starts.length - 1)) return undefined;
    return String.fromCharCode.apply(null, this.chars.subarray(this.starts[row]!, this.starts[row + 1]!) as unknown as number[]);
  }

  static build(xs: string[]): { chars: Uint16Array; starts: Int32Array } {
    return packStrings(xs);
  }
}

/** Strings as one UTF-16 array, string k being chars[starts[k], starts[k + 1]). */
function packStrings(xs: string[]): { chars: Uint16Array; starts: Int32Array } {
  const starts = new Int32Array(xs.length + 1);
  let total = 0;
  xs.forEach((x, i) => { starts[i] = total; total += x.length; });
  starts[xs.length] = total;
  const chars = new Uint16Array(total);
  xs.forEach((x, i) => { for (let j = 0; j < x.length; j++) chars[starts[i]! + j] = x.charCodeAt(j); });
  return { chars, starts };
}

/** The index as the Gazetteer reads it. */
export interface GazetteerIndex {
  version: number;
  /** Rows (places). */
  rows: number;
  name: NameColumn;
  lat: Float64Array;
  lon: Float64Array;
  id: Int32Array;
  /** Per row; the strings are shared (one per distinct code), so comparing them is cheap. */
  country: string[];
  featureCode: string[];
  admin1: string[];
  population: Float64Array;
  keys: NameIndex;
  stems: NameIndex;
  firstWords: PackedTable;
  demonyms: Map<string, string>;
  common: Set<string>;
  regionRows: number[];
}

/**
 * A column of codes ("RU", "PPLA", "48") as its distinct values and one number per row: a few
 * thousand strings to make at load time instead of 170 000 (splitting the three columns cost
 * some 30 ms of every process).
 */
function encodeCodes(xs: string[]): { values: string[]; codes: Uint16Array } {
  const values = [...new Set(xs)].sort();
  if (values.length > 0xffff) throw new Error(`gazetteer: ${values.length} distinct codes in a column, more than 65535`);
  const at = new Map(values.map((v, i) => [v, i]));
  return { values, codes: Uint16Array.from(xs, (x) => at.get(x)!) };
}

const CODE_COLUMNS = ['country', 'featureCode', 'admin1'] as const;

/** The index file's bytes for `d`. */
export function encodeIndex(d: GazetteerData): Buffer {
  const sections: Array<[string, ArrayBufferView]> = [];
  const names = NameColumn.build(d.name);
  sections.push(['name.chars', names.chars], ['name.starts', names.starts]);
  const codeValues: Record<string, string[]> = {};
  for (const col of CODE_COLUMNS) {
    const { values, codes } = encodeCodes(d[col]);
    codeValues[col] = values;
    sections.push([`${col}.codes`, codes]);
  }
  sections.push(['lat', Float64Array.from(d.lat)], ['lon', Float64Array.from(d.lon)], ['id', Int32Array.from(d.id)], ['population', Float64Array.from(d.population)]);
  const nameIndex = (prefix: string, map: Record<string, number[]>) => {
    const { table, lists } = NameIndex.build(map);
    sections.push([`${prefix}.chars`, table.chars], [`${prefix}.keyStart`, table.keyStart], [`${prefix}.values`, table.values], [`${prefix}.slots`, table.slots], [`${prefix}.lists`, lists]);
  };
  nameIndex('keys', d.keys);
  nameIndex('stems', d.stems);
  const fw = PackedTable.build(Object.entries(d.firstWords));
  sections.push(['firstWords.chars', fw.chars], ['firstWords.keyStart', fw.keyStart], ['firstWords.values', fw.values], ['firstWords.slots', fw.slots]);

  const offsets: Record<string, [number, number]> = {};
  let at = 0;
  for (const [name, v] of sections) {
    offsets[name] = [at, v.byteLength];
    at += Math.ceil(v.byteLength / 8) * 8;
  }
  const header = Buffer.from(JSON.stringify({
    version: d.version, rows: d.name.length, sections: offsets, codeValues, demonyms: d.demonyms, common: d.common, regionRows: d.regionRows,
  }), 'utf8');
  // The body starts at a multiple of 8 too, so that every typed array can be a view on the file's bytes.
  const bodyStart = Math.ceil((8 + header.length) / 8) * 8;
  const out = Buffer.alloc(bodyStart + at);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, 4);
  header.copy(out, 8);
  for (const [name, v] of sections) Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(out, bodyStart + offsets[name]![0]);
  return out;
}

/** Reads an index file; undefined when it is not one or was written by another version of the builder. */
export function readIndex(path: string, version: number): GazetteerIndex | undefined {
  return decodeIndex(readFileSync(path), version, path);
}

/** The in-memory index straight from builder output (used when the index file is missing or stale). */
export function indexFromData(d: GazetteerData): GazetteerIndex {
  return decodeIndex(encodeIndex(d), d.version, '(memory)')!;
}

function decodeIndex(file: Buffer, version: number, path: string): GazetteerIndex | undefined {
  if (file.length < 8 || file.toString('latin1', 0, 4) !== MAGIC) return undefined;
  const hl = file.readUInt32LE(4);
  const header = JSON.parse(file.toString('utf8', 8, 8 + hl)) as {
    version: number; rows: number; sections: Record<string, [number, number]>; codeValues: Record<string, string[]>;
    demonyms: Record<string, string>; common: string[]; regionRows: number[];
  };
  if (header.version !== version) return undefined;
  // Each section is viewed in place: the body starts at a multiple of 8 in the file, so it is
  // aligned when the file's buffer is (a large file's buffer is its own); else a copy aligned at 0.
  const bodyStart = Math.ceil((8 + hl) / 8) * 8;
  let body = file.subarray(bodyStart) as Uint8Array;
  if (body.byteOffset % 8 !== 0) {
    body = new Uint8Array(file.length - bodyStart);
    body.set(file.subarray(bodyStart));
  }
  const section = (name: string): [number, number] => {
    const s = header.sections[name];
    if (!s || s[0] + s[1] > body.length) throw new Error(`${path}: section ${name} missing or truncated; run npm run build:gazetteer`);
    return s;
  };
  const f64 = (name: string) => { const [o, n] = section(name); return new Float64Array(body.buffer, body.byteOffset + o, n / 8); };
  const i32 = (name: string) => { const [o, n] = section(name); return new Int32Array(body.buffer, body.byteOffset + o, n / 4); };
  const u16 = (name: string) => { const [o, n] = section(name); return new Uint16Array(body.buffer, body.byteOffset + o, n / 2); };
  const rows = (name: string, n: number) => {
    if (n !== header.rows) throw new Error(`${path}: column ${name} has ${n} rows, not ${header.rows}; run npm run build:gazetteer`);
  };
  const codeColumn = (name: (typeof CODE_COLUMNS)[number]) => {
    const codes = u16(`${name}.codes`), values = header.codeValues[name] ?? [];
    rows(name, codes.length);
    const xs = new Array<string>(codes.length);
    for (let i = 0; i < codes.length; i++) xs[i] = values[codes[i]!]!;
    return xs;
  };
  const names = new NameColumn(u16('name.chars'), i32('name.starts'));
  rows('name', names.length);
  const table = (prefix: string) => new PackedTable(u16(`${prefix}.chars`), i32(`${prefix}.keyStart`), i32(`${prefix}.values`), i32(`${prefix}.slots`));
  return {
    version: header.version, rows: header.rows,
    name: names, country: codeColumn('country'), featureCode: codeColumn('featureCode'), admin1: codeColumn('admin1'),
    lat: f64('lat'), lon: f64('lon'), id: i32('id'), population: f64('population'),
    keys: new NameIndex(table('keys'), i32('keys.lists')),
    stems: new NameIndex(table('stems'), i32('stems.lists')),
    firstWords: table('firstWords'),
    demonyms: new Map(Object.entries(header.demonyms)),
    common: new Set(header.common),
    regionRows: header.regionRows,
  };
}
