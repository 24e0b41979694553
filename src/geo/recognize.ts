/**
 * Finds toponym mentions in a Doc's tokens: the longest run of capitalised
 * tokens starting at each name-like token whose normalised text is a
 * gazetteer name, then filters out what is part of a longer name (a person,
 * an organisation) or a common word that happens to be a town somewhere.
 *
 * Cost: for each capitalised token, at most MAX_TOKENS Map lookups.
 */
import type { Doc, Token } from '../doc/doc.js';
import { KNOWN_ORGS, NAME_TITLES, ORG_HEADS, ROLE_NOUNS, WEEKDAY, lowerCaseWords, otherLowerCaseWords } from '../layers/lexicon.js';
import { partyStateEnd } from '../nlp/phrases.js';
import type { Gazetteer } from './gazetteer.js';
import { ADMIN_TYPE_WORDS, SAINT_NAMED, normName, normNameCached, normToken, startsUpperCase } from './normalize.js';
import { US_STATE_ABBREVIATIONS } from './supplement.js';
import { FIRST_WORD_PREFIX } from './build-index.js';

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
  /** After "in", "near", "from"…: the text itself calls it a place. */
  locative?: boolean;
  /** Readings matched through a weaker name, among others matched by the name itself. */
  weakRows?: Set<number>;
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
  'club', 'attorney', 'prosecutor', 'lottery', 'railroad', 'railway', 'transit', 'water', 'energy', 'power', 'electric',
  'gas', 'schools', 'academy', 'seminary', 'conference', 'summit', 'festival', 'fair', 'games', 'olympics', 'open', 'marathon',
  'centers', 'centres', 'disease', 'army', 'navy', 'air', 'marine', 'guard', 'forest', 'wildlife', 'parks', 'recreation',
  'development', 'education', 'agriculture', 'justice', 'investigation', 'commerce', 'labor', 'transportation', 'treasury',
  'defense', 'defence', 'security', 'intelligence', 'government', 'legislature', 'general', 'democrats', 'republicans',
  'democratic', 'republican', 'citizens', 'residents', 'people', 'times', 'daily', 'morning', 'evening', 'sun', 'star',
  'record', 'observer', 'register', 'examiner', 'courier', 'dispatch', 'enquirer', 'bulletin', 'independent', 'mirror',
  'red', 'cross', 'food', 'drug', 'administration', 'secretary', 'president',
  'convention', 'visitors', 'branch', 'art', 'manager', 'officials', 'environmental', 'utilities',
  'symphony', 'orchestra', 'theatre', 'theater', 'arts', 'historical', 'heritage', 'memorial', 'airlines', 'airways']);

/** Institutions named like a town somewhere; as names in news they are the institution. */
/** Below this population a bare name before GROUP_MEMBERS is read as a group's ("Wagner fighters"), not the town. */
const MODIFIER_MAX_POPULATION = 50_000;
const GROUP_MEMBERS = new Set(['fighters', 'mercenaries', 'militants', 'militiamen', 'loyalists', 'operatives', 'insurgents', 'rebels', 'commanders', 'gunmen']);
const INSTITUTIONS = new Set(['white house', 'congress', 'capitol', 'capitol hill', 'parliament', 'senate', 'pentagon', 'kremlin',
  'supreme court']);
export const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter']);
const A_WEEKDAY = new RegExp(`^${WEEKDAY}$`);
/** Parts of speech no toponym takes, whatever its spelling ("It", "The", "Will"). */
const FUNCTION_POS = new Set(['PRON', 'DET', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'INTJ', 'NUM', 'SYM', 'PUNCT']);
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'off', 'to', 'into', 'outside', 'inside', 'across', 'toward', 'towards',
  'through', 'throughout', 'around', 'between', 'via', 'within', 'of', 'visited', 'visit', 'north', 'south', 'east', 'west',
  'northeast', 'northwest', 'southeast', 'southwest', 'downtown', 'suburban', 'rural', 'central', 'northern', 'southern',
  'eastern', 'western', 'native', 'based', 'born']);

/**
 * The lower-case forms of the tokens that start with a lower-case letter: the entities layer's
 * lowerCaseWords (texts starting a to z) and the few others (mixed case, non-ASCII), both
 * gathered in one pass over the tokens, which the entities layer has usually made already.
 */
class LazyLowerWords {
  constructor(private readonly doc: Doc) {}
  /** (`word` is in lower case: a token's `lower`.) */
  has(word: string): boolean {
    return lowerCaseWords(this.doc).has(word) || otherLowerCaseWords(this.doc).has(word);
  }
}

/** Prepositions that put what follows on the map ("in", "near", "off" a coast), unlike "to" or "of", which also take people. */
const IN_PLACE = new Set(['in', 'at', 'near', 'off', 'outside', 'inside', 'across', 'into', 'through', 'throughout', 'around', 'within']);
const inPlace = (t: Token | undefined) => !!t && IN_PLACE.has(t.lower);

const startsUpper = (t: Token) => startsUpperCase(t.text);
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

/**
 * "ORLANDO, Fla. (AP)", "moved to Ga.": a word of AP's state abbreviations written with its full
 * stop is that US state, not a town the letters spell elsewhere (Flå, Norway). Rewrites the match.
 */
function apStateAbbreviation(doc: Doc, g: Gazetteer, m: ToponymMention): void {
  if (m.last - m.first !== 1) return;
  const t = doc.tokens[m.first]!;
  const row = apStateRow(g, t);
  if (row === undefined) return;
  m.rows = [row];
  m.key = normName(g.d.name.at(row)!);
  m.end = t.end;
}

/** The row of the US state an abbreviation names (a normalised key: "ga", "wva"), or undefined. */
function usStateRow(g: Gazetteer, key: string): number | undefined {
  const code = usStateAbbrev(key);
  return code ? g.admin1Row('US', code) : undefined;
}

/** The US state a token written as AP abbreviates it, with its full stop ("Fla.", "S.C."), names. */
function apStateRow(g: Gazetteer, t: Token): number | undefined {
  return t.text.length >= 3 && t.text.endsWith('.') ? usStateRow(g, normName(t.text)) : undefined;
}

/**
 * "moved to Ga. last year", "born in Calif.": an AP abbreviation the gazetteer has no name for, after
 * a locative; one with a full stop inside ("The S.C. Highway Patrol", "N.H.") anywhere.
 */
function apStateAfterPreposition(doc: Doc, g: Gazetteer, i: number): ToponymMention | null {
  const t = doc.tokens[i]!, prev = doc.tokens[i - 1];
  if (!t.text.endsWith('.')) return null;
  const dotted = t.text.indexOf('.') < t.text.length - 1;
  if (!dotted && (!prev || !LOCATIVE.has(prev.lower) || !sameSentence(prev, t))) return null;
  const row = apStateRow(g, t);
  if (row === undefined) return null;
  return { start: t.start, end: t.end, first: i, last: i + 1, key: normName(g.d.name.at(row)!), rows: [row], viaStem: false };
}

/** Normal forms of the current Doc's tokens, computed on first use. */
let tokenNorms: Array<string | undefined> = [];
let normDoc: Doc | undefined;
export function tokenNorm(doc: Doc, i: number): string {
  if (normDoc !== doc) { normDoc = doc; tokenNorms = new Array(doc.tokens.length); }
  let v = tokenNorms[i];
  if (v === undefined) { const t = doc.tokens[i]!; tokenNorms[i] = v = normToken(t.text, t.lower); }
  return v;
}

export function recognizeToponyms(doc: Doc, g: Gazetteer): ToponymMention[] {
  const toks = doc.tokens;
  const out: ToponymMention[] = [];
  // Words used in lower case somewhere in the article are common words here
  // (built on first use: most articles never ask).
  const lowerWords = new LazyLowerWords(doc);
  // Words of people's names: their bare use later ("Henry" after "Chiquita
  // Raquel Henry") is that person again. From the entities layer's persons
  // and from the names this pass finds a place inside ("Vladimir Putin").
  const nameWords = new Set<string>();
  // (A one-word mention adds no word, and a text seen before adds its words again: both are
  // passed over before any lower-casing, splitting or lookup.)
  const seenNames = new Set<string>();
  for (const e of doc.entities) {
    if (e.type !== 'person') continue;
    for (const s of e.mentions) {
      const text = doc.text.slice(s.start, s.end);
      if (!/\s/.test(text) || seenNames.has(text)) continue;
      seenNames.add(text);
      let words = text.toLowerCase().split(/\s+/);
      // "Northeast Georgia", "Oconee County", "Gaza Strip" taken for a person are no evidence.
      if (g.exact(normNameCached(text))) continue;
      if (words.some((w) => FREE_BEFORE.has(w) || ADMIN_TYPE_WORDS.has(w) || ORG_WORDS.has(w))) continue;
      // "Fargo Mayor Dennis Walaker": the name is what follows the title.
      const lastTitle = words.reduce((k, w, i) => (NAME_TITLES.has(w) ? i : k), -1);
      words = words.slice(lastTitle + 1);
      if (words.length >= 2 || (lastTitle >= 0 && words.length === 1)) for (const w of words) nameWords.add(w);
    }
  }

  // Mentions that share a word with a person's name wait: if the same name
  // is placed elsewhere in the article ("in Gainesville"), they are places too.
  const held: ToponymMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!startsUpper(t)) continue;
    const m = longestMatch(doc, g, i) ?? apStateAfterPreposition(doc, g, i);
    if (!m) continue;
    apStateAbbreviation(doc, g, m);
    const reason = rejectReason(doc, g, m, lowerWords, nameWords);
    if (reason === 'a word of a person\'s name') { held.push(m); i = m.last - 1; continue; }
    if (reason) {
      // ("moved to North Texas": a direction word the gazetteer knows as some town is no name of its
      // own; what follows it is read on its own.)
      if (reason === 'part of a longer name' && m.last - m.first === 1 && FREE_BEFORE.has(t.lower)) continue;
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
    const before = toks[m.first - 1];
    if (before && (LOCATIVE.has(before.lower) || asFarAs(toks, m.first))) m.locative = true;
    out.push(m);
    i = m.last - 1;
  }

  attachQualifiers(doc, g, out);
  addPartyStates(doc, g, out);
  if (held.length) {
    // A name placed elsewhere ("in Gainesville", "Gainesville, Ga.") places
    // its other mentions; "to Clinton" or "Clinton, who" place nothing.
    const placed = new Set(out.filter((m) => m.qualifier || inPlace(toks[m.first - 1])).map((m) => m.key));
    for (const m of held) {
      if (inPlace(toks[m.first - 1])) m.locative = true;
      if (m.locative || placed.has(m.key)) out.push(m);
    }
    out.sort((x, y) => x.start - y.start);
  }
  addCountryParts(doc, g, out);
  return out;
}

const KEYS: string[] = new Array<string>(MAX_TOKENS).fill(''), USABLE: boolean[] = new Array<boolean>(MAX_TOKENS).fill(false);
/** Dashes and slashes, which normName reads as spaces. */
const DASH = /[-‐‑–—/]/;

/** Words in a normal form (normName leaves single spaces between them). */
function wordCount(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

function longestMatch(doc: Doc, g: Gazetteer, i: number): ToponymMention | null {
  const toks = doc.tokens;
  const first = toks[i]!;
  let stemMatch: ToponymMention | null = null;
  // Only names that start with this word can match: most capitalised words
  // start none, and none start more than a few words long.
  const firstNorm = tokenNorm(doc, i);
  const sp = firstNorm.indexOf(' ');
  const firstWord = sp < 0 ? firstNorm : firstNorm.slice(0, sp);
  const maxWords = firstWord ? g.maxWordsFrom(firstWord) : 0;
  if (!maxWords) return null;
  // Keys of the runs of 1..N tokens, built left to right from each token's
  // normal form (same result as normalising the whole slice, without
  // re-running the regexes on it), and whether each run may be a name: it
  // ends on a word with a capital and has only capitalised words or
  // connectors ("of", "-") inside.
  const limit = Math.min(MAX_TOKENS, toks.length - i, 2 * maxWords + 1);
  // (Scratch arrays shared by all calls, filled up to `count`: this runs for most capitalised tokens.)
  const keys = KEYS, usable = USABLE;
  let count = 0;
  let key = '', pendingSpace = false, innerOk = true;
  for (let n = 1; n <= limit; n++) {
    const tk = toks[i + n - 1]!;
    if (!sameSentence(first, tk)) break;
    if (n > 2) {
      const inner = toks[i + n - 2]!;
      if (!startsUpper(inner) && !INNER_WORDS.has(inner.lower)) innerOk = false;
    }
    if (!innerOk) break;
    const piece = tokenNorm(doc, i + n - 1);
    if (piece) {
      key = key ? key + (tk.spaceBefore || pendingSpace ? ' ' : '') + piece : piece;
      pendingSpace = false;
    } else if (DASH.test(tk.text)) pendingSpace = true;
    keys[count] = key;
    usable[count++] = tk.text !== tk.lower;
  }
  for (let n = count; n >= 1; n--) {
    if (!usable[n - 1]) continue;
    const lastTok = toks[i + n - 1]!;
    const key = keys[n - 1]!;
    if (!key) continue;
    // A key of more words than any name or stem that starts with its first word has (maxWords)
    // finds nothing: skip its lookups. (Only when its first word is firstWord, or shares the
    // first letters the index keys maxWords by: "Trump's" makes the key "trumps".)
    if (wordCount(key) > maxWords && (firstWord.length >= FIRST_WORD_PREFIX || key.length === firstWord.length
      || key.charCodeAt(firstWord.length) === 32)) continue;
    const next = toks[i + n];
    // "Kursk region", "Cook county": the type word picks the region over the town.
    if (next && ADMIN_TYPE_WORDS.has(next.lower) && sameSentence(first, next)) {
      // "Washington state" is the state, "Washington county" the county.
      const level = next.lower === 'state' || next.lower === 'province' ? 'ADM1' : next.lower === 'county' || next.lower === 'parish' ? 'ADM2' : undefined;
      const all = [...(g.exact(key) ?? []), ...(g.stem(key) ?? [])].filter((r) => g.isAdmin(r));
      const atLevel = level ? all.filter((r) => g.d.featureCode[r] === level) : all;
      const admins = atLevel.length ? atLevel : all;
      if (admins.length) return { start: first.start, end: next.end, first: i, last: i + n + 1, key, rows: admins, viaStem: false };
    }
    const rows = g.exact(key);
    // (A longer name known only as a region's stem beats a shorter one known by itself: "Ilocos Sur",
    // the province, over some "Ilocos".)
    if (rows) return stemMatch ?? withEverydayNames(g, { start: first.start, end: lastTok.end, first: i, last: i + n, key, rows, viaStem: false });
    if (!stemMatch) {
      const stems = g.stem(key);
      if (stems) stemMatch = { start: first.start, end: lastTok.end, first: i, last: i + n, key, rows: stems, viaStem: true };
    }
  }
  return stemMatch;
}

/** Names whose English-word reading never wins: countries, continents, states, cities of a million. */
function isExempt(g: Gazetteer, m: ToponymMention): boolean {
  return m.rows.some((r) => {
    const fc = g.d.featureCode[r]!;
    return fc === 'PCLI' || fc === 'PCLD' || fc === 'CONT' || fc === 'RGN' || (fc === 'ADM1' && !m.viaStem) || g.d.population[r]! >= 1_000_000;
  });
}

function isStrong(g: Gazetteer, m: ToponymMention): boolean {
  return m.rows.some((r) => {
    const fc = g.d.featureCode[r]!;
    return fc === 'PCLI' || fc === 'PCLD' || fc === 'CONT' || fc === 'RGN' || (fc === 'ADM1' && !m.viaStem) || fc === 'PPLC' || g.d.population[r]! >= 1_000_000;
  });
}

function rejectReason(doc: Doc, g: Gazetteer, m: ToponymMention, lowerWords: LazyLowerWords, nameWords: Set<string>): string | null {
  const toks = doc.tokens;
  const first = toks[m.first]!, lastTok = toks[m.last - 1]!;
  const prev = toks[m.first - 1], next = toks[m.last];
  const single = m.last - m.first === 1;
  // Demonyms and country adjectives are no place mention ("Russian-made", "North Korean troops").
  // ("Vatican" is both; the country reading wins.)
  if (g.demonymCountry(m.key) && !m.rows.some((r) => g.isCountry(r))) return 'demonym';
  // Inside a longer proper name: a place may open an organisation's name
  // ("Ohio Supreme Court", "U.S. Defense Department", "Mansfield Mayor …")
  // but not a person's ("Vladimir Putin", "Paris Hilton") or any other name.
  const run = enclosingName(doc, m);
  // A country written as an abbreviation or in several words opens other
  // names as an adjective ("U.S. Chinook helicopters", "United States Army").
  const countryForm = m.rows.some((r) => g.isCountry(r)) && (m.last - m.first > 1 || /[.]|^[A-Z]{2,}$/.test(first.text));
  if (!countryForm && (run.first < m.first || run.last > m.last)) {
    // (The run's words outside the match.)
    let orgLike = false;
    for (let k = run.first; k < run.last && !orgLike; k++) {
      if (k >= m.first && k < m.last) continue;
      const w = toks[k]!.lower;
      orgLike = ORG_WORDS.has(w) || ORG_HEADS.has(w) || NAME_TITLES.has(w) || KNOWN_ORGS.has(w.includes('.') ? w.replace(/\./g, '') : w)
        // ("Butler County Auditor Roger Reynolds": an office right after the place is that place's.)
        || (k === m.last && ROLE_NOUNS.has(w))
        // ("off Bantayan Island": an island or a peninsula named after its town, which places it.)
        || (k === m.last && k + 1 === run.last && (w === 'island' || w === 'peninsula'));
    }
    if (!orgLike) return 'part of a longer name';
  }
  // "Al-Fashir", "Port-au-Prince": a piece of a hyphenated name.
  // ("Fargo-Moorhead" names two places and stays.)
  if (next && next.text === '-' && next.start === lastTok.end && joinedName(g, toks[m.last + 1])) return 'part of a longer name';
  if (prev && prev.text === '-' && prev.end === first.start && joinedName(g, toks[m.first - 2])) return 'part of a longer name';
  // "a Wellington-based influencer": only a place is a base.
  if (next?.text === '-' && next.start === lastTok.end && toks[m.last + 1]?.lower === 'based' && m.rows.some((r) => g.isPopulated(r) || g.isCountry(r) || g.isAdmin(r))) return null;
  if (prev && NAME_TITLES.has(prev.lower) && !isStrong(g, m)) return 'after a title';
  if (single && nameWords.has(first.lower) && !isStrong(g, m)) return 'a word of a person\'s name';
  const sentenceStart = !prev || !sameSentence(prev, first) || OPENERS.has(prev.text);
  if (single && CALENDAR.has(first.lower.endsWith('.') ? first.lower.slice(0, -1) : first.lower)) return 'calendar word';
  // "Western officials": a direction word matched only as the stem of some
  // "Western District" is a direction, not that district.
  if (single && m.viaStem && FREE_BEFORE.has(first.lower)) return 'direction word';
  if (single && FUNCTION_POS.has(first.pos) && !m.rows.some((r) => g.isCountry(r))) return 'function word';
  // Institutions that share a name with some town ("White House", Tennessee).
  if (INSTITUTIONS.has(m.key)) return 'institution';
  // A town named like an English word ("Police", "Buffalo", "Congress") is
  // that town only where the text places it: after "in" and not a hamlet
  // ("in Buffalo"), or qualified ("Buffalo, N.Y."). Countries, states and
  // cities of a million are exempt ("Turkey", "Phoenix").
  if (single && g.isCommonWord(m.key) && !isExempt(g, m)) {
    // ("in Colombo and Kandy": a place joined to a placed one is placed too.)
    const joinedToPlaced = !!prev && (prev.lower === 'and' || prev.lower === 'or') && startsUpper(toks[m.first - 2] ?? prev)
      && LOCATIVE.has(toks[m.first - 3]?.lower ?? '') && !!g.exact(normNameCached(toks[m.first - 2]!.text));
    // ("Department of Enterprise", "Ministry of Commerce": after an office's "of", a common word is its field.)
    const field = prev?.lower === 'of' && OFFICE_HEADS.has(toks[m.first - 2]?.lower ?? '');
    const locative = (!!prev && LOCATIVE.has(prev.lower) && !field) || joinedToPlaced || asFarAs(toks, m.first);
    const pop = maxPopulation(g, m);
    // ("the Greek island of Lesbos", "the town of Hope": a place's noun and "of" place what follows, whatever its size.)
    const named = prev?.lower === 'of' && PLACE_NOUNS.has(toks[m.first - 2]?.lower ?? '');
    // ("Oxford Police", "Mobile County", "Reading Borough Council": a town's own institution names the town.)
    // (… "Dubbo Regional Council", "Mobile City Council": a council's kind between them.)
    const after = next && COUNCIL_KINDS.has(next.lower) && startsUpper(next) ? toks[m.last + 1] : next;
    const ownInstitution = !!after && startsUpper(after) && sameSentence(first, after) && LOCAL_INSTITUTIONS.has(after.lower);
    if (!(locative && pop >= 5000) && !named && !ownInstitution && !qualifiedAfterComma(doc, g, m) && !listedWithNeighbour(doc, g, m)) return 'English word';
  }
  // "former Wagner fighters": a small town's name right before the members of
  // an armed group, with nothing placing it, names the group, not the town
  // (local news's "Dalton residents" and "Rome police" stay places).
  if (single && !isStrong(g, m) && !(prev && LOCATIVE.has(prev.lower)) && next && GROUP_MEMBERS.has(next.lower)
    && maxPopulation(g, m) < MODIFIER_MAX_POPULATION) return 'name of a group';
  if (single && !isStrong(g, m)) {
    // "Police said", "Reading the report": capitalised only because a sentence starts.
    // (Not when a wider place follows after a comma: "CHARLESTON, W.Va. —", "Reading, Berkshire, is …".)
    if (sentenceStart && first.pos !== 'PROPN' && (lowerWords.has(first.lower) || g.isCommonWord(m.key)) && !qualifiedAfterComma(doc, g, m)) return 'sentence-initial common word';
    if (lowerWords.has(first.lower)) return 'used as a common word';
    // All-caps short words are acronyms more often than towns ("IT", "ERV").
    // (Not a dateline's town: "JOS, Nigeria — Gunmen attacked …".)
    if (first.text.length <= 4 && first.text === first.text.toUpperCase() && !m.rows.some((r) => g.isCountry(r))
      && !(sentenceStart && qualifiedAfterComma(doc, g, m))) return 'acronym';
  }
  return null;
}

/**
 * "for Cairns and Mount Isa", "Bath, Bristol and Swindon": a town named like an English word, listed
 * next to a town's or a region's name that is no English word and lies in the same country as one of its readings,
 * is that town (a list of places is a list of neighbours; "Police and Washington officials" joins
 * a Polish town to an American city, and stays words).
 */
function listedWithNeighbour(doc: Doc, g: Gazetteer, m: ToponymMention): boolean {
  const toks = doc.tokens;
  const countries = new Set<string>();
  for (const r of m.rows) if (g.isPopulated(r)) countries.add(g.d.country[r]!);
  if (!countries.size) return false;
  const isLink = (t: Token | undefined) => !!t && (t.text === ',' || t.lower === 'and' || t.lower === 'or') && sameSentence(t, toks[m.first]!);
  // (A town or a region, not a country: "Emerge USA, Bend the Arc, Demand Progress" lists groups.)
  const neighbour = (n: ToponymMention | null) => !!n && !(n.last - n.first === 1 && g.isCommonWord(n.key))
    && n.rows.some((r) => !g.isCountry(r) && countries.has(g.d.country[r]!));
  // After: the next name in the list.
  if (isLink(toks[m.last]) && toks[m.last + 1] && startsUpper(toks[m.last + 1]!) && neighbour(longestMatch(doc, g, m.last + 1))) return true;
  // Before: a name of up to three words that ends where the link starts.
  if (!isLink(toks[m.first - 1])) return false;
  for (let a = m.first - 2; a >= Math.max(0, m.first - 4); a--) {
    if (!toks[a] || !startsUpper(toks[a]!)) continue;
    const n = longestMatch(doc, g, a);
    if (n && n.last === m.first - 1) return neighbour(n);
  }
  return false;
}

/** "as far as Dubbo", "as far away as Perth": how far a place is, a locative of its own. */
function asFarAs(toks: Token[], first: number): boolean {
  return toks[first - 1]?.lower === 'as' && (toks[first - 2]?.lower === 'far' || (toks[first - 2]?.lower === 'away' && toks[first - 3]?.lower === 'far'));
}

/** Kinds of council between a town's name and "Council": "Dubbo Regional Council", "Mobile City Council". */
const COUNCIL_KINDS = new Set(['regional', 'city', 'district', 'municipal', 'town', 'shire', 'borough', 'county']);
/** A town's own institutions, which its name opens: "Oxford Police", "Mobile County", "Reading Borough Council". */
const LOCAL_INSTITUTIONS = new Set(['police', 'council', 'county', 'borough', 'township', 'sheriff', "sheriff's", 'mayor', 'city', 'fire', 'schools', 'municipality']);

/** Nouns for a place that "of" and its name follow ("the island of Lesbos"). */
const PLACE_NOUNS = new Set(['island', 'town', 'city', 'village', 'region', 'province', 'district', 'port', 'capital', 'county', 'state', 'municipality']);

/** Offices whose name goes on with "of" and a field of work: "Department of Commerce", "Minister of Justice". */
const OFFICE_HEADS = new Set(['department', 'ministry', 'minister', 'secretary', 'secretariat', 'office', 'bureau', 'directorate', 'commissioner']);

/**
 * "Buffalo, N.Y.", "Reading, Berkshire": a place after a comma, the wider unit (a place name or a US
 * state's abbreviation). Not any capitalised word: "a member of the Security Council, said",
 * "Enterprise, Trade and Employment".
 */
function qualifiedAfterComma(doc: Doc, g: Gazetteer, m: ToponymMention): boolean {
  const toks = doc.tokens, comma = toks[m.last];
  // ("strikes on Nyala, in South Darfur": the wider place may come with its "in".)
  const skip = toks[m.last + 1]?.lower === 'in' ? 1 : 0;
  const a = toks[m.last + 1 + skip];
  if (comma?.text !== ',' || !a || !sameSentence(comma, a) || !startsUpper(a)) return false;
  if (longestMatch(doc, g, m.last + 1 + skip)) return true;
  if (skip) return false;
  for (let n = 3; n >= 1; n--) {
    const b = toks[m.last + n];
    if (b && sameSentence(a, b) && usStateAbbrev(normName(doc.text.slice(a.start, b.end)))) return true;
  }
  return false;
}

/** A capitalised word that is no place name, joined to a match by a hyphen ("Al-Fashir", "Port-au-Prince"). */
function joinedName(g: Gazetteer, t: Token | undefined): boolean {
  return !!t && startsUpper(t) && !g.exact(normNameCached(t.text));
}

/** Quotation marks and brackets that open a sentence's words as its start does. */
const OPENERS = new Set(['"', '“', '‘', '(']);

/** The largest population among a mention's readings, as Math.max(...) of them (a loop: no array per call). */
function maxPopulation(g: Gazetteer, m: ToponymMention): number {
  let max = -Infinity;
  for (const r of m.rows) if (g.d.population[r]! > max) max = g.d.population[r]!;
  return max;
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
    // Only a wider unit qualifies: a state or a country after a town, a
    // country after a state. "Arizona, California, Colorado" is a list.
    const isState = !m.viaStem && m.rows.some((r) => g.isCountry(r) || g.d.featureCode[r] === 'ADM1')
      && !m.rows.some((r) => g.isPopulated(r) && g.d.population[r]! >= 100_000);
    const fits = (q: ToponymMention) => q.rows.some((qr) => m.rows.some((r) => g.d.country[r] === g.d.country[qr]
      && (g.isCountry(qr) || g.d.featureCode[qr] === 'ADM2' || g.d.admin1[r] === g.d.admin1[qr])));
    if (q && q.rows.some((r) => g.isCountry(r) || (!isState && g.isAdmin(r))) && fits(q)) { m.qualifier = q; continue; }
    if (q || isState) continue;
    // A US state abbreviation is a place only here, right after "Town,".
    for (let n = 3; n >= 1; n--) {
      const a = toks[m.last + 1], b = toks[m.last + n];
      if (!a || !b || !sameSentence(a, b) || !/^\p{Lu}/u.test(a.text)) continue;
      let end = b.end;
      // The sentence-final period belongs to the abbreviation ("…, Ga.").
      const after = toks[m.last + n + 1];
      if (after && after.text === '.' && after.start === b.end && !b.text.endsWith('.')) end = after.end;
      const row = usStateRow(g, normName(doc.text.slice(a.start, end)));
      if (row === undefined) continue;
      const qm: ToponymMention = { start: a.start, end, first: m.last + 1, last: m.last + n + 1, key: normName(g.d.name.at(row)!), rows: [row], viaStem: false };
      m.qualifier = qm;
      added.push(qm);
      break;
    }
  }
  out.push(...added);
  out.sort((x, y) => x.start - y.start);
}

/**
 * "Rep. James Clyburn, D-S.C.", "Sen. Dianne Feinstein (D-Calif.)": a US legislator's party and
 * state (phrases.ts, partyStateEnd), the state written as AP abbreviates it or in full, or a state
 * legislator's town ("D-Columbus").
 */
function addPartyStates(doc: Doc, g: Gazetteer, out: ToponymMention[]): void {
  const toks = doc.tokens;
  const added: ToponymMention[] = [];
  const text = doc.text;
  // (From each hyphen in the text, not each token: hyphens are few, tokens many.)
  for (let at = text.indexOf('-', 1); at >= 0; at = text.indexOf('-', at + 1)) {
    const c = text.charCodeAt(at - 1);
    if (c !== 68 && c !== 82 && c !== 73) continue; // D, R, I
    const i = doc.tokenAt(at - 1);
    if (toks[i]?.start !== at - 1) continue;
    const end = partyStateEnd(toks, i);
    if (end < 0) continue;
    const a = toks[i + 2]!, b = toks[end - 1]!;
    if (out.some((m) => m.start < b.end && a.start < m.end)) continue;
    const key = normName(doc.text.slice(a.start, b.end));
    const row = usStateRow(g, key) ?? g.exact(key)?.find((r) => g.d.country[r] === 'US' && g.d.featureCode[r] === 'ADM1');
    // (A state legislator's is a town of the state: "state Sen. Ray Miller, D-Columbus", "R-London".)
    const towns = row === undefined ? g.exact(key)?.filter((r) => g.d.country[r] === 'US' && g.isPopulated(r)) : undefined;
    if (row === undefined && !towns?.length) continue;
    added.push({ start: a.start, end: b.end, first: i + 2, last: end, key: row === undefined ? key : normName(g.d.name.at(row)!), rows: row === undefined ? towns! : [row], viaStem: false });
  }
  if (!added.length) return;
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
    // ("Sudan's North Darfur state": a region whose name the direction opens is that region.)
    if (capital && out.some((o) => o.first === k && o.last > end)) continue;
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

/**
 * Towns known by a match's name only in everyday use compete too, as weaker readings: "Schwarzach" is
 * Schwarzach im Pongau beside Bischofshofen as well as the Schwarzach of Vorarlberg. Not beside a
 * country: "Mexico" stays the country, not Mexico City by its everyday name. (Apart from longestMatch, which
 * runs for every capitalised word and is best kept small.)
 */
function withEverydayNames(g: Gazetteer, m: ToponymMention): ToponymMention {
  const rows = m.rows;
  let townsOnly = true;
  for (const r of rows) {
    if (g.isCountry(r)) return m;
    if (!g.isPopulated(r)) townsOnly = false;
  }
  const stems = g.stem(m.key);
  if (!stems) return m;
  // Beside a region of the name, only a large town's saint's name (build-index.ts): "Santa Cruz" is
  // a province of Argentina and a town in forty countries, and in news from Bolivia Santa Cruz de la
  // Sierra; but "Oklahoma" is the state, not Oklahoma City.
  const everyday = stems.filter((r) => g.isPopulated(r) && !rows.includes(r) && (townsOnly || SAINT_NAMED.test(g.d.name.at(r) ?? '')));
  if (!everyday.length) return m;
  m.rows = [...rows, ...everyday];
  m.weakRows = new Set(everyday);
  return m;
}

/** Words that may continue a capitalised name run ("Department of Education", "Bank of the West"). */
const RUN_CONNECTORS = new Set(['of', 'for', 'de']);
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'NUM']);

/** The capitalised run around a match: the longest name it may be part of. */
function enclosingName(doc: Doc, m: ToponymMention): { first: number; last: number } {
  const toks = doc.tokens;
  const s = toks[m.first]!.sentence;
  let a = m.first;
  while (a > 0 && runWord(toks, a - 1, s, m)) a--;
  let b = m.last;
  for (;;) {
    if (runWord(toks, b, s, m)) { b++; continue; }
    const c = toks[b];
    // Only a name already longer than the place crosses a connector:
    // "Texas Department of Health" is one name, "Georgia for Tennessee" two.
    if (c && c.sentence === s && b > m.last && RUN_CONNECTORS.has(c.lower) && runWord(toks, b + 1, s, m)) { b += 2; continue; }
    break;
  }
  return { first: a, last: b };
}

/** Token k is a word of a name around `m` in sentence s (a function, not a closure per call: this runs for every match). */
function runWord(toks: Token[], k: number, s: number, m: ToponymMention): boolean {
  const t = toks[k];
  if (!t || t.sentence !== s || !startsUpper(t)) return false;
  if (FREE_BEFORE.has(t.lower) && k < m.first) return false;
  // ("Officials in Kabul Friday said", "in Aleppo March 3": a day, or a month with its date, after a place
  // is when, not more of its name; "the Georgia May Festival" is a name.)
  if (k >= m.last && (A_WEEKDAY.test(t.lower) || (CALENDAR.has(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower) && /^\d/.test(toks[k + 1]?.text ?? '')))) return false;
  // A capitalised determiner or preposition opens a sentence; it names nothing.
  // (Acronyms count as name words whatever their tag; "A" and "I" do not.)
  return NAME_POS.has(t.pos) || (/^[A-Z.]{2,}$/.test(t.text) && !FUNCTION_POS.has(t.pos));
}
