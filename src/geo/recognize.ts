/**
 * Finds toponym mentions in a Doc's tokens: the longest run of capitalised
 * tokens starting at each name-like token whose normalised text is a
 * gazetteer name, then filters out what is part of a longer name (a person,
 * an organisation) or a common word that happens to be a town somewhere.
 *
 * Cost: for each capitalised token, at most MAX_TOKENS Map lookups.
 */
import type { Doc, Token } from '../doc/doc.js';
import { KNOWN_ORGS, NAME_TITLES, ORG_HEADS } from '../layers/lexicon.js';
import type { Gazetteer } from './gazetteer.js';
import { ADMIN_TYPE_WORDS, normName, normNameCached } from './normalize.js';
import { US_STATE_ABBREVIATIONS } from './supplement.js';

export interface ToponymMention {
  start: number;
  end: number;
  /** Token range [first, end). */
  first: number;
  last: number;
  /** Normalised name the gazetteer knows it by. */
  key: string;
  rows: number[];
  /** Matched through a weaker name (an admin name without its type word). */
  viaStem: boolean;
  /** "X, Texas" / "X, Ga.": the mention that qualifies this one. */
  qualifier?: ToponymMention;
  /** "Russia's Far East": a part of a country, placed from that country's cities. */
  part?: { country: string; direction: Direction };
}

export type Direction = 'north' | 'south' | 'east' | 'west' | 'northeast' | 'northwest' | 'southeast' | 'southwest' | 'far east' | 'far north' | 'far west' | 'far south';

const MAX_TOKENS = 6;
/** Lower-case words that may sit inside a place name ("Bosnia and Herzegovina", "Stratford-upon-Avon"). */
const INNER_WORDS = new Set(['au', 'aux', 'les', 'lès', 'of', 'and', 'de', 'del', 'la', 'le', 'du', 'des', 'upon', 'on', 'the', 'el', 'al', 'da', 'do', 'dos', 'das', '-', ',', 'en', 'sur', 'am', 'im', 'an', 'der', 'y', "'s"]);
/** Capitalised words that may stand before a place name without making it part of another name. */
const FREE_BEFORE = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'the', 'greater', 'downtown', 'rural', 'suburban', 'metropolitan', 'upstate', 'coastal', 'neighboring', 'neighbouring']);
/** Words that make a capitalised run an institution's or facility's name, beyond the entities layer's ORG_HEADS. */
const ORG_WORDS = new Set(['house', 'supreme', 'highway', 'patrol', 'state', 'city', 'county', 'library', 'park', 'museum', 'airport',
  'station', 'high', 'elementary', 'regional', 'community', 'public', 'national', 'international', 'federal', 'census', 'sheriff',
  "sheriff's", 'fire', 'health', 'medical', 'hospital', 'clinic', 'zoo', 'stadium', 'mall', 'district', 'township', 'chamber',
  'club', 'reads', 'attorney', 'prosecutor', 'lottery', 'railroad', 'railway', 'transit', 'water', 'energy', 'power', 'electric',
  'gas', 'schools', 'academy', 'seminary', 'conference', 'summit', 'festival', 'fair', 'games', 'olympics', 'open', 'marathon',
  'centers', 'centres', 'disease', 'army', 'navy', 'air', 'marine', 'guard', 'forest', 'wildlife', 'parks', 'recreation',
  'development', 'education', 'agriculture', 'justice', 'investigation', 'commerce', 'labor', 'transportation', 'treasury',
  'defense', 'defence', 'security', 'intelligence', 'government', 'legislature', 'general', 'democrats', 'republicans',
  'democratic', 'republican', 'citizens', 'residents', 'people', 'times', 'daily', 'morning', 'evening', 'sun', 'star',
  'record', 'observer', 'register', 'examiner', 'courier', 'dispatch', 'enquirer', 'bulletin', 'independent', 'mirror',
  'children', "children's", 'villages', 'red', 'cross', 'food', 'drug', 'administration', 'secretary', 'president']);

const startsUpper = (t: Token) => /^\p{Lu}/u.test(t.text);
const sameSentence = (a: Token, b: Token) => a.sentence === b.sentence;

/** US state abbreviations (AP style and postal) by normalised form, for "Town, Abbr." only. */
let usAbbrev: Map<string, string> | undefined;
function usStateAbbrev(key: string): string | undefined {
  if (!usAbbrev) {
    usAbbrev = new Map();
    for (const [code, forms] of Object.entries(US_STATE_ABBREVIATIONS)) {
      usAbbrev.set(normName(code), code);
      for (const f of forms) usAbbrev.set(normName(f), code);
    }
  }
  return usAbbrev.get(key);
}

export function recognizeToponyms(doc: Doc, g: Gazetteer): ToponymMention[] {
  const toks = doc.tokens;
  const text = doc.text;
  const out: ToponymMention[] = [];
  // Words used in lower case somewhere in the article are common words here.
  const lowerWords = new Set<string>();
  for (const t of toks) if (/^\p{Ll}/u.test(t.text)) lowerWords.add(t.lower);
  // Words of multi-word names that are not places (people, mostly): their bare
  // use later ("Henry" after "Chiquita Raquel Henry") is that name again.
  const nameWords = new Set<string>();

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!startsUpper(t)) continue;
    const m = longestMatch(doc, g, i);
    if (!m) {
      // A capitalised run that is no place: remember its words as name words.
      let j = i;
      while (j < toks.length && startsUpper(toks[j]!) && sameSentence(toks[j]!, t)) j++;
      if (j - i >= 2) for (let k = i; k < j; k++) nameWords.add(toks[k]!.lower);
      i = j - 1;
      continue;
    }
    const reason = rejectReason(doc, g, m, lowerWords, nameWords);
    if (reason) {
      if (reason === 'part of a longer name') {
        let j = m.last;
        while (j < toks.length && startsUpper(toks[j]!) && sameSentence(toks[j]!, t)) j++;
        let a = m.first;
        while (a > 0 && startsUpper(toks[a - 1]!) && sameSentence(toks[a - 1]!, t)) a--;
        if (j - a >= 2) for (let k = a; k < j; k++) nameWords.add(toks[k]!.lower);
        i = j - 1;
      } else i = m.last - 1;
      continue;
    }
    out.push(m);
    i = m.last - 1;
  }

  attachQualifiers(doc, g, out);
  addCountryParts(doc, g, out);
  void text;
  return out;
}

function longestMatch(doc: Doc, g: Gazetteer, i: number): ToponymMention | null {
  const toks = doc.tokens, text = doc.text;
  const first = toks[i]!;
  let stemMatch: ToponymMention | null = null;
  // Only names that start with this word can match: most capitalised words
  // start none, and none start more than a few words long.
  const firstWord = normNameCached(first.text).split(' ')[0]!;
  const maxWords = firstWord ? g.maxWordsFrom(firstWord) : 0;
  if (!maxWords) return null;
  for (let n = Math.min(MAX_TOKENS, toks.length - i, 2 * maxWords + 1); n >= 1; n--) {
    const lastTok = toks[i + n - 1]!;
    if (!sameSentence(first, lastTok)) continue;
    if (!/\p{Lu}/u.test(lastTok.text)) continue;
    let ok = true;
    for (let k = i + 1; k < i + n - 1; k++) {
      const tk = toks[k]!;
      if (!startsUpper(tk) && !INNER_WORDS.has(tk.lower)) { ok = false; break; }
    }
    if (!ok) continue;
    const key = n === 1 ? normNameCached(first.text) : normName(text.slice(first.start, lastTok.end));
    if (!key) continue;
    const next = toks[i + n];
    // "Kursk region", "Cook county": the type word picks the region over the town.
    if (next && ADMIN_TYPE_WORDS.has(next.lower) && sameSentence(first, next)) {
      const admins = [...(g.exact(key) ?? []), ...(g.stem(key) ?? [])].filter((r) => g.isAdmin(r));
      if (admins.length) return { start: first.start, end: next.end, first: i, last: i + n + 1, key, rows: admins, viaStem: false };
    }
    const rows = g.exact(key);
    if (rows) return { start: first.start, end: lastTok.end, first: i, last: i + n, key, rows, viaStem: false };
    if (!stemMatch) {
      const stems = g.stem(key);
      if (stems) stemMatch = { start: first.start, end: lastTok.end, first: i, last: i + n, key, rows: stems, viaStem: true };
    }
  }
  return stemMatch;
}

function isStrong(g: Gazetteer, m: ToponymMention): boolean {
  return m.rows.some((r) => {
    const fc = g.d.featureCode[r]!;
    return fc === 'PCLI' || fc === 'PCLD' || fc === 'CONT' || fc === 'RGN' || (fc === 'ADM1' && !m.viaStem) || fc === 'PPLC' || g.d.population[r]! >= 1_000_000;
  });
}

function rejectReason(doc: Doc, g: Gazetteer, m: ToponymMention, lowerWords: Set<string>, nameWords: Set<string>): string | null {
  const toks = doc.tokens;
  const first = toks[m.first]!, lastTok = toks[m.last - 1]!;
  const prev = toks[m.first - 1], next = toks[m.last];
  const single = m.last - m.first === 1;
  // Demonyms and country adjectives are no place mention ("Russian-made", "North Korean troops").
  if (g.demonymCountry(m.key)) return 'demonym';
  // Inside a longer proper name: a place may open an organisation's name
  // ("Ohio Supreme Court", "U.S. Defense Department", "Mansfield Mayor …")
  // but not a person's ("Vladimir Putin", "Paris Hilton") or any other name.
  const run = enclosingName(doc, m);
  if (run.first < m.first || run.last > m.last) {
    const others = toks.slice(run.first, run.last).filter((_, k) => k + run.first < m.first || k + run.first >= m.last);
    const orgLike = others.some((t) => ORG_WORDS.has(t.lower) || ORG_HEADS.has(t.lower) || NAME_TITLES.has(t.lower) || KNOWN_ORGS.has(t.lower.replace(/\./g, '')));
    if (!orgLike) return 'part of a longer name';
  }
  // "Al-Fashir", "Port-au-Prince": a piece of a hyphenated name.
  if (next && next.text === '-' && next.start === lastTok.end && toks[m.last + 1] && startsUpper(toks[m.last + 1]!)) return 'part of a longer name';
  if (prev && prev.text === '-' && prev.end === first.start && toks[m.first - 2] && startsUpper(toks[m.first - 2]!)) return 'part of a longer name';
  if (prev && NAME_TITLES.has(prev.lower) && !isStrong(g, m)) return 'after a title';
  if (single && nameWords.has(first.lower) && !isStrong(g, m)) return 'a word of a person\'s name';
  const sentenceStart = !prev || !sameSentence(prev, first) || /^["“‘(]$/.test(prev.text);
  if (single && !isStrong(g, m)) {
    // "Police said", "Reading the report": capitalised only because a sentence starts.
    if (sentenceStart && first.pos !== 'PROPN') return 'sentence-initial common word';
    if (lowerWords.has(first.lower)) return 'used as a common word';
    // All-caps short words are acronyms more often than towns ("IT", "ERV").
    if (first.text.length <= 4 && first.text === first.text.toUpperCase() && !m.rows.some((r) => g.isCountry(r))) return 'acronym';
  }
  return null;
}

/** "Alexandria, La.", "Paris, Texas", "Pandi, Bulacan": the second name narrows the first. */
function attachQualifiers(doc: Doc, g: Gazetteer, out: ToponymMention[]): void {
  const toks = doc.tokens;
  const byFirst = new Map(out.map((m) => [m.first, m]));
  const added: ToponymMention[] = [];
  for (const m of out) {
    const comma = toks[m.last];
    if (!comma || comma.text !== ',') continue;
    const q = byFirst.get(m.last + 1);
    if (q && q.rows.some((r) => g.isCountry(r) || g.isAdmin(r))) { m.qualifier = q; continue; }
    if (q) continue;
    // A US state abbreviation is a place only here, right after "Town,".
    for (let n = 3; n >= 1; n--) {
      const a = toks[m.last + 1], b = toks[m.last + n];
      if (!a || !b || !sameSentence(a, b) || !/^\p{Lu}/u.test(a.text)) continue;
      let end = b.end;
      // The sentence-final period belongs to the abbreviation ("…, Ga.").
      const after = toks[m.last + n + 1];
      if (after && after.text === '.' && after.start === b.end && !b.text.endsWith('.')) end = after.end;
      const code = usStateAbbrev(normName(doc.text.slice(a.start, end)));
      if (!code) continue;
      const row = g.admin1Row('US', code);
      if (row === undefined) continue;
      const qm: ToponymMention = { start: a.start, end, first: m.last + 1, last: m.last + n + 1, key: normName(g.d.name[row]!), rows: [row], viaStem: false };
      m.qualifier = qm;
      added.push(qm);
      break;
    }
  }
  out.push(...added);
  out.sort((x, y) => x.start - y.start);
}

const DIRECTIONS: Record<string, Direction> = {
  north: 'north', northern: 'north', south: 'south', southern: 'south', east: 'east', eastern: 'east', west: 'west', western: 'west',
  northeast: 'northeast', northeastern: 'northeast', 'north-east': 'northeast', 'north-eastern': 'northeast',
  northwest: 'northwest', northwestern: 'northwest', 'north-west': 'northwest', 'north-western': 'northwest',
  southeast: 'southeast', southeastern: 'southeast', 'south-east': 'southeast', 'south-eastern': 'southeast',
  southwest: 'southwest', southwestern: 'southwest', 'south-west': 'southwest', 'south-western': 'southwest',
};
const PART_NOUNS = new Set(['coast', 'region', 'regions', 'border', 'part', 'parts', 'provinces', 'areas', 'territory', 'flank', 'frontier']);

/**
 * "Russia's Far East", "North Korea's eastern coast": a part of a country
 * named by a direction after the country's possessive.
 */
function addCountryParts(doc: Doc, g: Gazetteer, out: ToponymMention[]): void {
  const toks = doc.tokens;
  const added: ToponymMention[] = [];
  for (const m of out) {
    const cc = m.rows.find((r) => g.isCountry(r));
    if (cc === undefined || toks[m.last]?.lower !== "'s") continue;
    let k = m.last + 1;
    let far = false;
    if (toks[k]?.lower === 'far') { far = true; k++; }
    const dirTok = toks[k];
    if (!dirTok) continue;
    const dir = DIRECTIONS[dirTok.lower];
    if (!dir) continue;
    // "Far East" / "North" as a name, or "eastern coast" as a description.
    const capital = startsUpper(dirTok);
    let end = k + 1;
    if (toks[end] && PART_NOUNS.has(toks[end]!.lower)) end++;
    else if (!capital) continue;
    const direction = (far ? `far ${dir}` : dir) as Direction;
    const a = toks[m.last + 1]!, b = toks[end - 1]!;
    added.push({
      start: a.start, end: b.end, first: m.last + 1, last: end, key: normName(doc.text.slice(a.start, b.end)),
      rows: [], viaStem: false, part: { country: g.d.country[cc]!, direction },
    });
  }
  if (!added.length) return;
  // A region the gazetteer already matched ("Far East") gives way to the country's part.
  for (const p of added) {
    const i = out.findIndex((m) => m.start < p.end && p.start < m.end);
    if (i >= 0) out.splice(i, 1);
    out.push(p);
  }
  out.sort((x, y) => x.start - y.start);
}

/** Words that may continue a capitalised name run ("Department of Education", "Bank of the West"). */
const RUN_CONNECTORS = new Set(['of', 'for', 'de']);
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'NUM']);

/** The capitalised run around a match: the longest name it may be part of. */
function enclosingName(doc: Doc, m: ToponymMention): { first: number; last: number } {
  const toks = doc.tokens;
  const s = toks[m.first]!.sentence;
  const nameTok = (k: number) => {
    const t = toks[k];
    if (!t || t.sentence !== s || !startsUpper(t)) return false;
    if (FREE_BEFORE.has(t.lower) && k < m.first) return false;
    // A capitalised determiner or preposition opens a sentence; it names nothing.
    return NAME_POS.has(t.pos) || /^[A-Z.]+$/.test(t.text);
  };
  let a = m.first;
  while (a > 0 && nameTok(a - 1)) a--;
  let b = m.last;
  for (;;) {
    if (nameTok(b)) { b++; continue; }
    const c = toks[b];
    if (c && c.sentence === s && RUN_CONNECTORS.has(c.lower) && nameTok(b + 1)) { b += 2; continue; }
    break;
  }
  return { first: a, last: b };
}
