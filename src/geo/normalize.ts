/**
 * One normal form for place names, shared by the index builder and the
 * recogniser, so "Kyiv", "KYIV", "Kyïv", "St. Louis" / "Saint Louis" and
 * "W.Va." / "W. Va" meet on the same key without any per-name rule.
 */

const DIACRITICS = /[\u0300-\u036f]/g;

const memo = new Map<string, string>();

/** normName with a memo: recognition normalises the same capitalised words over and over. */
export function normNameCached(s: string): string {
  // (Plain ASCII words and names are normalised faster than the memo looks them up: a lookup in
  // a map of tens of thousands of keys hashes the string and misses the CPU caches.)
  if (isPlainName(s)) return plainNorm(s.toLowerCase());
  let v = memo.get(s);
  if (v === undefined) {
    if (memo.size > 200_000) memo.clear();
    v = normName(s);
    memo.set(s, v);
  }
  return v;
}

/**
 * normName of a token, given its lower-case form (`lower` is text.toLowerCase(), as Token.lower):
 * a plain word's normal form is its lower-case form, so most tokens need no new string and no memo.
 */
export function normToken(text: string, lower: string): string {
  return isPlainName(text) ? plainNorm(lower) : normNameCached(text);
}

/**
 * True when `s` is ASCII letters in words separated by single spaces ("Kursk", "Donald Trump"): for
 * those normName's chain reduces to lower-casing and abbreviating (no accents, marks, dashes or
 * extra spaces to strip). A char-code loop: a regex here ran on every capitalised token.
 */
function isPlainName(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      // (No space at either end nor two together: trimming and collapsing would change those.)
      if (i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) return false;
    } else if (((c | 32) < 97 || (c | 32) > 122)) return false;
  }
  return true;
}

/** normName of a plain name (see isPlainName) already in lower case. */
function plainNorm(lower: string): string {
  // ("saint" and "sainte", "mount", "fort": the only words normName changes in such a name.)
  if (lower.indexOf(' ') < 0) return lower.length >= 4 && lower.length <= 6 ? ABBREVIATED.get(lower) ?? lower : lower;
  if (!lower.includes('saint') && !lower.includes('mount') && !lower.includes('fort')) return lower;
  return abbreviated(lower);
}

/** The words normName abbreviates, abbreviated: "saint" → "st", "sainte" → "ste", "mount" → "mt", "fort" → "ft". */
const abbreviated = (s: string): string => s.replace(/\bsaint\b/g, 'st').replace(/\bsainte\b/g, 'ste').replace(/\bmount\b/g, 'mt').replace(/\bfort\b/g, 'ft');

/** Words normName abbreviates, for its one-word fast path. */
const ABBREVIATED = new Map([['saint', 'st'], ['sainte', 'ste'], ['mount', 'mt'], ['fort', 'ft']]);

const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ħ: 'h' };
const UNDECOMPOSED_RE = /[łŁđĐøØßæÆœŒıþÞðÐħ]/g;

export function normName(s: string): string {
  // Most inputs are plain ASCII words ("Kursk", "Donald Trump"): for them the
  // chain below reduces to lower-casing, so skip its ten passes.
  if (isPlainName(s)) return plainNorm(s.toLowerCase());
  return abbreviated(s
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    // Letters Unicode does not decompose: "Białowieża" is written "Bialowieza" in English.
    .replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED[ch]!)
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    // Periods and apostrophes carry no identity ("U.S." = "US", "Coeur d'Alene" = "Coeur dAlene").
    .replace(/[.']/g, '')
    .replace(/[-‐‑–—/]/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Administrative names often carry a type word ("Kursk Oblast", "Province of
 * Bulacan", "Département du Nord"); news usually drops it or writes it in
 * English ("Kursk region"). The stem is the name without that word.
 */
const ADMIN_WORDS = [
  'oblast', 'oblast\'', 'krai', 'kray', 'republic', 'autonomous okrug', 'okrug', 'province', 'provincia', 'prefecture',
  'governorate', 'region', 'district', 'county', 'parish', 'state', 'territory', 'department', 'departement',
  'municipality', 'voivodeship', 'canton', 'emirate', 'division', 'borough', 'city', 'shi', 'sheng', 'ken',
  'special administrative region', 'autonomous region', 'autonomous community', 'autonomous republic',
  'zhou', 'raion', 'rayon', 'muhafazat', 'wilayah', 'vilayeti',
];
const ADMIN_SUFFIX = new RegExp(`\\s+(?:${ADMIN_WORDS.map((w) => w.replace(/[.'\\]/g, '')).join('|')})$`);
const ADMIN_PREFIX = new RegExp(`^(?:${ADMIN_WORDS.join('|')}|departement|provincia|regione?|estado|distrito)\\s+(?:of|de|du|del|de la|des|di)?\\s*`);

export function adminStem(normalized: string): string {
  let s = normalized;
  for (let i = 0; i < 2; i++) s = s.replace(ADMIN_SUFFIX, '').replace(ADMIN_PREFIX, '').replace(/\s+republic$|^republic of\s+/, '');
  return s.trim();
}

/**
 * A town's name with its Spanish or Portuguese "de la …", "do …": "Santa Cruz de la Sierra", "San
 * Miguel de Tucumán". The part before it is what news often writes alone (build-index.ts, recognize.ts).
 */
export const SAINT_NAMED = /^(.{4,}?)\s+(?:de|del|do|da|dos|das|de la|de las|de los)\s+\S.*$/;

/** English type words that may follow a name in running text: "Kursk region", "Cook county". */
export const ADMIN_TYPE_WORDS = new Set([
  'region', 'province', 'oblast', 'krai', 'state', 'county', 'parish', 'district', 'prefecture', 'governorate',
  'territory', 'department', 'municipality', 'canton', 'republic',
]);

/** True when the text starts with an upper-case letter (fast path for ASCII, no regex). */
export function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const ch = text[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when the text starts with a lower-case letter. */
export function startsLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const ch = text[0]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
