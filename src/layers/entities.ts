/**
 * Named entities from proper-noun runs, plus dates and quantities from
 * wink-nlp's numeric entities and equipment from model designators.
 *
 * Heuristics, in the order they are tried (Readability-style, reasons inline):
 *  - a run of PROPN tokens is one name; titles and ranks in front of it
 *    ("Army Lt. Col.") are peeled off and make it a person;
 *  - a demonym run directly before a common noun ("South Korean intelligence")
 *    is an adjective, not an entity;
 *  - a run whose last word names an institution ("… Department", "… Times")
 *    or that is a well-known acronym is an organisation;
 *  - a two- or three-word capitalised run that is none of those is taken for
 *    a person (the places stage re-types it when the gazetteer knows better);
 *  - a single word that repeats the first or last word of a person's name is
 *    that person ("Dietz" -> "Charlie Dietz").
 */
import { newEntity, type Doc, type Entity, type EntityType, type Token } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { register } from '../pipeline/registry.js';
import { ANONYMOUS_HEADS, GOVERNMENT_BODIES, HUMAN_NOUNS, KNOWN_ORGS, MEDIA_NOUNS, NAME_TITLES, ONLINE_ITEMS, ORG_HEADS, ROLE_NOUNS, TRADE_PLURAL, WEEKDAY, lowerCaseWords, singularOf } from './lexicon.js';
import { SPEECH_VERBS } from '../attribution/cues.js';
import { countryOfDemonym, isCountryName, isKnownPlaceName } from '../geo/gazetteer.js';
import { figures, type Figure } from './numbers.js';
import { afterAccordingTo, appositionHead, namingWords, opensSentence } from '../nlp/phrases.js';

// Letters of any script's upper and lower case, so that "Zoë Ångström" or "Đoković" read as names as "Dietz" does.
// (ASCII by its char code: this runs on every proper noun.)
const isNameToken = (t: Token) => {
  if (t.pos !== 'PROPN') return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}0-9]/u.test(t.text);
};
const DEMONYM_END = /(?:an|ians?|ese|ish|i|ch|ic)$/;
const DESIGNATOR = /^[A-Z][A-Za-z]{0,4}-\d{1,4}[A-Z0-9]*$|^[A-Z]{1,3}\d{2,4}[A-Z]?$/;
/** Last words of the fields in institutions' names ("… and International Studies", "… and Human Services"). */
const FIELD_WORDS = new Set(['studies', 'services', 'affairs', 'sciences', 'science', 'development', 'security', 'research',
  'resources', 'technology', 'policy', 'economics', 'trade', 'commerce', 'industry', 'welfare', 'health', 'justice', 'energy',
  'environment', 'education', 'culture', 'sport', 'sports', 'tourism', 'finance', 'planning', 'management', 'communications',
  'forestry', 'fisheries', 'agriculture', 'mines', 'transport', 'transportation', 'housing', 'labour', 'labor', 'defence', 'defense',
  'innovation', 'information', 'infrastructure', 'water', 'youth', 'women', 'heritage', 'investment', 'statistics',
  'freedoms', 'rights', 'liberties', 'democracy', 'peace', 'reconciliation', 'accountability', 'transparency', 'governance',
  'food', 'drug', 'drugs', 'customs', 'excise', 'fish', 'wildlife', 'parks', 'arts', 'media', 'alcohol', 'tobacco', 'firearms', 'weather',
  'enterprise', 'employment', 'pensions', 'skills', 'equality', 'integration', 'climate', 'marine', 'family', 'children',
  'cyber', 'cybersecurity', 'digital', 'aviation', 'maritime', 'migration', 'revenue', 'safety', 'nutrition', 'emergency', 'disaster']);
/** Titles that name a unit, not an office: they open a name ("Army Lt. Col. …") but never end one's description. */
const UNITS = new Set(['army', 'navy', 'marine', 'marines', 'air', 'force', 'coast', 'guard', 'corps']);
/** Common nouns for institutions that may stand before their name ("the company Acme"). */
const INSTITUTION_NOUNS = new Set(['company', 'firm', 'group', 'newspaper', 'broadcaster', 'agency', 'bank', 'insurer', 'airline',
  'carrier', 'manufacturer', 'operator', 'charity', 'ministry', 'network', 'startup', 'retailer', 'publisher', 'outlet', 'party', 'militia']);
/** Last words of events' names. */
const EVENT_HEADS = new Set(['convention', 'summit', 'conference', 'caucuses', 'primary', 'debate', 'olympics', 'games',
  'election', 'referendum', 'war', 'crisis', 'festival', 'marathon', 'cup', 'forum',
  // Laws and pacts are no persons either: "Trans-Pacific Partnership", "Dodd-Frank Act".
  'partnership', 'agreement', 'act', 'treaty', 'accord', 'accords', 'pact', 'protocol', 'doctrine']);
/** First words of names of events: storms, and races named "Tour de …". */
const EVENT_OPENERS = new Set(['cyclone', 'hurricane', 'typhoon', 'storm', 'tour']);
/** A word of a person's name: "Laura", "O'Brien", "J." */
const PERSON_WORD = /^\p{Lu}[\p{Ll}'’.-]+$|^\p{Lu}\.$/u;
const CONNECTORS = new Set(['of', 'for', 'de', 'al', 'bin', 'van', 'von', 'der', '&']);
/**
 * The particles of people's names, written in lower case: "Ursula von der Leyen", "Iyad ag Ghaly", "Mohamed
 * ould Abdel Aziz" (not "Former AG Mukasey", the attorney general).
 */
const NAME_CONNECTORS = ['von', 'van', 'ag', 'ould', 'ibn', 'bint'];
/** Words for institutions that open their names in Spanish, Portuguese, Italian and French ("Diario del Noreste"). */
const FOREIGN_INSTITUTION_WORDS = new Set(['diario', 'periódico', 'periodico', 'gazeta', 'gazzetta', 'corriere', 'voce', 'jornal', 'journal', 'revista',
  'radio', 'centro', 'centre', 'banco', 'banca', 'banque', 'instituto', 'istituto', 'institut', 'ministerio', 'ministério', 'ministero', 'ministère',
  'secretaría', 'secretaria', 'fiscalía', 'fiscalia', 'procuraduría', 'defensoría', 'comisión', 'comision', 'comissão', 'commissione', 'consejo',
  'conselho', 'consiglio', 'conseil', 'fundación', 'fundacion', 'fundação', 'fondazione', 'fondation', 'asociación', 'asociacion', 'associação',
  'associazione', 'sindicato', 'sindacato', 'syndicat', 'partido', 'partito', 'parti', 'frente', 'movimiento', 'movimento', 'mouvement',
  'universidad', 'universidade', 'università', 'université', 'hospital', 'ospedale', 'hôpital', 'policía', 'polizia', 'ejército', 'esercito',
  'armée', 'agencia', 'agência', 'agenzia', 'agence', 'tribunal', 'tribunale', 'corte', 'cour', 'colectivo', 'coletivo', 'colectif', 'grupo',
  'gruppo', 'groupe', 'red', 'rede', 'observatorio', 'observatório', 'osservatorio', 'observatoire', 'servicio', 'serviço', 'servizio', 'service',
  'empresa', 'compañía', 'companhia', 'compagnia', 'compagnie', 'cámara', 'camera', 'chambre', 'federación', 'federação', 'federazione', 'fédération',
  'confederación', 'confederazione', 'unión', 'união', 'unione', 'union', 'oficina', 'ufficio', 'bureau', 'direction', 'dirección', 'direzione']);
/** Words that open an institution's name with no connector after them: broadcasters ("Tele Sahel", "Télé Congo"), meat plants ("Frigorífico Pampa Sur"). */
const BARE_INSTITUTION_WORDS = new Set(['tele', 'télé', 'frigorífico', 'frigorifico']);
/** Prefixes that open a hyphenated name: "Inter-Services Public Relations", "Pan-African Parliament", "Sino-Russian …". */
const NAME_PREFIXES = new Set(['inter', 'intra', 'trans', 'pan', 'anti', 'pro', 'post', 'pre', 'non', 'multi', 'sub', 'super', 'ultra', 'euro',
  'afro', 'sino', 'indo', 'anglo', 'franco', 'russo', 'greco', 'austro', 'judeo', 'ibero', 'latino', 'mid']);
/** Connectors of Spanish, French, Portuguese, Italian and German names: "Centro de la Memoria", "Tierra y Dignidad", "Stelle des Bundes". */
const FOREIGN_CONNECTORS = new Set(['de', 'del', 'des', 'du', 'di', 'da', 'do', 'dos', 'das', 'la', 'las', 'los', 'le', 'y', 'der', 'den',
  ...NAME_CONNECTORS]);
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'at', 'near', 'across', 'into', 'toward', 'towards', 'outside', 'inside']);
const QUANTITY_PREFIX = /(?:more than|less than|fewer than|at least|up to|about|around|nearly|almost|over|some|roughly|approximately)\s+$/i;

interface Candidate {
  type: EntityType; name: string; span: Span; key: string;
  /** The type is a guess from context alone (a lone capitalised word). */
  weak?: boolean;
  /** The text says what the name is ("the daily X", "X, which …"): its other mentions take this type. */
  said?: boolean;
}

export function entities(doc: Doc): void {
  const toks = doc.tokens;
  const found: Candidate[] = [];
  // In a title-case headline ("Trump May Not Have Suggested …") capitals say
  // nothing: there a word the article writes in lower case elsewhere ("may")
  // is that common word, not part of a name.
  const common = titleCaseWords(doc);
  // "the Associated Press", "the United Nations": wink may tag the first word
  // of a name a verb; after "the" and before a proper noun it opens the name.
  // ("the Office for Students": an institution's word, tagged a common noun, before "for" or "of" and a name.)
  const opensName = (k: number) => toks[k - 1]?.lower === 'the' && /^[A-Z][a-z]/.test(toks[k]!.text) && !!toks[k + 1] && toks[k + 1]!.sentence === toks[k]!.sentence
    && (((toks[k]!.pos === 'VERB' || toks[k]!.pos === 'ADJ') && isNameToken(toks[k + 1]!))
      || (toks[k]!.pos === 'NOUN' && ORG_HEADS.has(toks[k]!.lower) && (toks[k + 1]!.lower === 'for' || toks[k + 1]!.lower === 'of') && !!toks[k + 2] && /^[A-Z]/.test(toks[k + 2]!.text)));
  // "Aramide Offshore Petroleum, a Lagos-based producer, said": the POS tagger may read an unknown word that opens a
  // sentence as a verb; before a name, it opens the name when the article writes it as a name elsewhere
  // ("… and Aramide did not respond"), or when an apposition after the name comes before the verb, and the
  // article never writes the word in lower case.
  let namesMidSentence: Set<string> | undefined;
  const opensSentenceName = (k: number): boolean => {
    const t = toks[k]!, next = toks[k + 1];
    // ("Justice Watch International, a rights group …": two such words, a noun and a verb, may open the name.)
    const first = doc.sentences[t.sentence]!.firstToken;
    const word = (x: Token | undefined) => !!x && x.sentence === t.sentence && /^[A-Z][a-z]/.test(x.text) && (x.pos === 'NOUN' || x.pos === 'VERB') && !lowerWords(doc).has(x.lower);
    if (k === first && word(t) && word(next) && !!toks[k + 2] && isNameToken(toks[k + 2]!) && subjectWithApposition(k + 2)) return true;
    if (k === first + 1 && word(t) && !!next && isNameToken(next) && opensSentenceName(first)) return true;
    if (t.pos !== 'VERB' || !next || next.sentence !== t.sentence || first !== k || !/^[A-Z][a-z]/.test(t.text) || !isNameToken(next)) return false;
    if (!namesMidSentence) {
      namesMidSentence = new Set();
      for (let i = 0; i < toks.length; i++) if (toks[i]!.pos === 'PROPN' && doc.sentences[toks[i]!.sentence]!.firstToken !== i) namesMidSentence.add(toks[i]!.text);
    }
    if (lowerWords(doc).has(t.lower)) return false;
    return namesMidSentence.has(t.text) || subjectWithApposition(k + 1) || subjectOfVerb(k + 1);
  };
  // ("Ted Cruz spoke on Monday": a name right before the sentence's verb is its subject, so the word before it
  // opens it; an imperative, "Meet Ms. X", is not followed by a second verb.)
  const subjectOfVerb = (k: number) => {
    let e = k;
    while (e < toks.length && e - k < 3 && isNameToken(toks[e]!)) e++;
    const v = toks[e];
    return e > k && !!v && v.sentence === toks[k]!.sentence && (v.pos === 'VERB' || v.pos === 'AUX') && /(?:ed|s)$|^(?:said|spoke|told|was|were|had|will|would|could|can|may|might|did|wrote|won|lost|met|made|took|gave|went|came|ran|led|left|sent|saw|thought)$/.test(v.lower);
  };
  // ("Pere Canals, a spokesman for Terra Viva, rejected …": the name is the subject an apposition describes before
  // the verb, so the word before it is no verb of its own.)
  const subjectWithApposition = (k: number) => {
    let e = k;
    while (e < toks.length && isNameToken(toks[e]!)) e++;
    if (toks[e]?.text !== ',' || !/^(?:a|an|the)$/i.test(toks[e + 1]?.text ?? '')) return false;
    let c = e + 2;
    while (c < toks.length && c - e <= 12 && toks[c]!.text !== ',' && toks[c]!.sentence === toks[k]!.sentence) c++;
    return toks[c]?.text === ',' && (toks[c + 1]?.pos === 'VERB' || toks[c + 1]?.pos === 'AUX');
  };
  // "the Norwegian daily Aftenvakten on Tuesday": an unknown word the POS tagger read as a verb by its ending, right after
  // the noun that introduces an institution's name, written capitalised and never in lower case in the article, is a name.
  // (Only there: "Know Your Rights", "Keep America Great" are verbs in titles.)
  // ("the Lahore-based channel City Focus": also after capitalised words of the name that follow that noun,
  // which are then of the name too.)
  const introducedFrom = (k: number) => {
    let p = k - 1;
    while (p > k - 3 && toks[p] && toks[p]!.sentence === toks[k]!.sentence && /^\p{Lu}/u.test(toks[p]!.text) && (toks[p]!.pos === 'NOUN' || toks[p]!.pos === 'PROPN')) p--;
    const prev = toks[p];
    return !!prev && prev.sentence === toks[k]!.sentence && (INSTITUTION_NOUNS.has(prev.lower) || MEDIA_NOUNS.has(prev.lower));
  };
  // ("Marco Rubio and Ted Cruz spoke": a capitalised word read as a verb after "and" or a comma that follows a
  // name, and before another, opens the second name. Not in a title-case headline: "Backs Trump And Denounces Clinton".)
  const coordinatedName = (k: number): boolean => {
    const t = toks[k]!, prev = toks[k - 1], before = toks[k - 2], next = toks[k + 1];
    return /^[A-Z][a-z]+$/.test(t.text) && !!prev && !!before && !!next && next.sentence === t.sentence && (prev.text === 'and' || prev.text === ',')
      && before.pos === 'PROPN' && isNameToken(next) && !lowerWords(doc).has(t.lower);
  };
  const capitalisedVerbInside = (k: number): boolean => {
    const t = toks[k]!;
    if (t.pos === 'VERB') return (/^[A-Z][a-z]{3,}$/.test(t.text) && !lowerWords(doc).has(t.lower) && introducedFrom(k)) || coordinatedName(k);
    // (A capitalised common noun between the introducing noun and such a verb: "City" of "channel City Focus".)
    return t.pos === 'NOUN' && /^[A-Z][a-z]+$/.test(t.text) && !!toks[k + 1] && toks[k + 1]!.sentence === t.sentence && introducedFrom(k) && capitalisedVerbInside(k + 1);
  };
  const nameTok = (k: number) => (isNameToken(toks[k]!) || opensName(k) || opensSentenceName(k) || capitalisedVerbInside(k)) && !common(k);
  const numeric = figures(doc);
  const dateSpans = numeric.filter((f) => f.type === 'date');
  // Runs come in text order and figures() returns disjoint spans in text order, so only the first
  // date not ending before a run may hold it: a cursor, not a search of all dates per run.
  let nextDate = 0;

  for (let i = 0; i < toks.length;) {
    if (!nameTok(i)) { i++; continue; }
    let j = i + 1, hasOf = false;
    while (j < toks.length && toks[j]!.sentence === toks[i]!.sentence) {
      const t = toks[j]!;
      if (nameTok(j)) { j++; continue; }
      // ("the pro-government channel Vatan 24", "the broadcaster France 24": a medium's name may end in a number.)
      if (t.pos === 'NUM' && /^\d{1,3}$/.test(t.text) && MEDIA_NOUNS.has(toks[i - 1]?.lower ?? '') && !/^\d/.test(toks[j + 1]?.text ?? '')) { j++; break; }
      // "Tin Nhanh Thu Do, a local news website": a capitalised word the tagger read as a verb, after two
      // words of a name and before an apposition's comma, ends the name.
      if (j - i >= 2 && /^\p{Lu}\p{Ll}/u.test(t.text) && (t.pos === 'AUX' || t.pos === 'VERB') && toks[j + 1]?.text === ',' && isNameToken(toks[j - 1]!)) { j++; break; }
      // "Su Chia-hao", "Kim Jong-un": a given name whose second part is written in lower case after a hyphen.
      // "Hoda el-Sherif", "Omar al-Amin": a lower-case particle joined to the surname by a hyphen.
      if (HYPHEN_PARTICLE.test(t.lower) && t.text === t.lower && toks[j + 1]?.text === '-'
        && toks[j + 1]!.start === t.end && toks[j + 2] && toks[j + 2]!.start === toks[j + 1]!.end && isNameToken(toks[j + 2]!)) { j += 3; continue; }
      // "Al-Muraikhi", "Abu-Bakr": a name of two capitalised parts joined by a hyphen.
      // (After a first name, or after a short particle: "Alex Seitz-Wald", "AFL-CIO"; not "Trump-Cruz", "R-Texas".)
      // (… or right after the noun that introduces a name: "the Dushanbe weekly Asia-Sharq".)
      if (t.text === '-' && t.start === toks[j - 1]!.end && toks[j + 1] && toks[j + 1]!.start === t.end && isNameToken(toks[j + 1]!)
        && isNameToken(toks[j - 1]!) && (j - i >= 2 || (toks[j - 1]!.text.length >= 2 && toks[j - 1]!.text.length <= 3) || NAME_PREFIXES.has(toks[j - 1]!.lower) || (j === i + 1 && introducedFrom(i)))
        && !countryOfDemonym(toks[j - 1]!.text) && !countryOfDemonym(toks[j + 1]!.text)) { j += 2; continue; }
      // (After two names at least: "Russian-made", "Taipei-based" are no names.)
      // (A syllable, not a word: "Jeb Bush-spent", "Wall Street Journal-ers" are no names.)
      // ("Choi Eun-young", "Lee Jae-myung": a longer romanised syllable after a short one, which no English
      // suffix is.)
      if (t.text === '-' && j - i >= 2 && t.start === toks[j - 1]!.end && toks[j + 1] && toks[j + 1]!.start === t.end
        && (/^\p{Ll}{2,4}$/u.test(toks[j + 1]!.text) || (toks[j - 1]!.text.length <= 4 && EAST_ASIAN_SYLLABLE.test(toks[j + 1]!.text)))
        && !NOT_SYLLABLES.has(toks[j + 1]!.lower) && isNameToken(toks[j - 1]!)
        && !ORG_HEADS.has(toks[j - 1]!.lower)) { j += 2; continue; }
      // "Kalay District People's Administration", "the Workers' Party": a plural's possessive inside an
      // institution's name, when an institution's word follows.
      if (/^['’]s?$/.test(t.text) && POSSESSIVE_IN_NAMES.has(toks[j - 1]!.lower) && t.start === toks[j - 1]!.end) {
        let k = j + 1;
        while (k < toks.length && k - j <= 3 && isNameToken(toks[k]!) && toks[k]!.sentence === t.sentence && !ORG_HEADS.has(toks[k - 1]!.lower)) k++;
        if (k > j + 1 && ORG_HEADS.has(toks[k - 1]!.lower)) { j = k; continue; }
      }
      // "Department of Defense", "Bank of America": a connector between names.
      // (Not after what reads as a person's given name and surname: "Dennis Kariuki of Bluewave Talent" is two names.)
      if (CONNECTORS.has(t.lower) && toks[j + 1] && isNameToken(toks[j + 1]!) && toks[j + 1]!.sentence === t.sentence
        && !(t.lower === 'of' && personLike(toks, i, j))) { j += 2; hasOf ||= t.lower === 'of' || t.lower === 'for'; continue; }
      // "Sicherheitsuntersuchungsstelle des Bundes", "Centro de la Memoria", "Tierra y Dignidad": the
      // connectors of names in other languages, one or two, between capitalised words.
      // (Every such connector is a short word: one length test spares the rest a set look-up.)
      if (t.text.length <= 4 && FOREIGN_CONNECTORS.has(t.lower) && (t.text === t.lower || !NAME_CONNECTORS.includes(t.lower))) {
        const two = FOREIGN_CONNECTORS.has(toks[j + 1]?.lower ?? '') ? 1 : 0;
        const name = toks[j + 1 + two];
        if (name && isNameToken(name) && name.sentence === t.sentence && !name.text.includes('.')) { j += 2 + two; continue; }
      }
      // "Institute for the Study of War", "Bank of the West": the connector may take "the".
      // (Only after an institution's word: "Carol Lee of the Wall Street Journal" is two names.)
      // (… and again in a name that took one already: "Federal Agency for the Safety of the Food Chain".)
      if ((t.lower === 'of' || t.lower === 'for') && toks[j + 1]?.lower === 'the' && toks[j + 2] && isNameToken(toks[j + 2]!) && toks[j + 2]!.sentence === t.sentence
        && (ORG_HEADS.has(toks[j - 1]!.lower) || (hasOf && toks.slice(i, j).some((x) => ORG_HEADS.has(x.lower))))) { j += 3; hasOf = true; continue; }
      // "Securities and Futures Commission", "Food and Drug Administration": a field's word, "and",
      // and capitalised words that end in an institution's word are one name (not "Clinton and State Department").
      // (… after a word or two before the field: "US Food and Drug Administration".)
      // ("Ethics and Anti-Corruption Commission": a field in -ics, and a hyphen inside the words after "and".)
      if (t.lower === 'and' && j <= i + 3 && (FIELD_WORDS.has(toks[j - 1]!.lower) || (j === i + 1 && /i[ec]s$/.test(toks[i]!.lower)))) {
        let k = j + 1;
        while (k < toks.length && k - j <= 4 && (/^[A-Z]/.test(toks[k]!.text) || (toks[k]!.text === '-' && toks[k]!.start === toks[k - 1]!.end)) && toks[k]!.sentence === t.sentence) k++;
        if (k > j + 1 && ORG_HEADS.has(toks[k - 1]!.lower)) { j = k; continue; }
      }
      // "Department of Enterprise, Trade and Employment", "Department for Environment, Food and Rural
      // Affairs": after a name's "of", a list of fields, commas then "and", is the name's.
      if (hasOf && t.text === ',') {
        const end = fieldList(doc, toks, j + 1, t.sentence);
        if (end > 0) { j = end; continue; }
      }
      // "Foreign, Commonwealth and Development Office": a list of one-word fields that an institution's
      // word ends.
      if (t.text === ',' && j === i + 1) {
        const end = fieldList(doc, toks, j + 1, t.sentence, true);
        if (end > 0) { j = end; continue; }
      }
      // "Department of Health and Human Services": after a name's "of", an "and"
      // joins its words when what follows ends like a field of work (not
      // "Department of Defense and Hillary Clinton").
      if (hasOf && (t.lower === 'and' || t.text === '&')) {
        let k = j + 1;
        while (k < toks.length && /^[A-Z]/.test(toks[k]!.text) && toks[k]!.sentence === t.sentence) k++;
        // (… or a common noun the article also writes in lower case: "Ministry of Road Transport and
        // Bridges" in an article about a bridge; "… and Williams" is a person.)
        const last = toks[k - 1]!.lower, words = lowerWords(doc);
        const common = k === j + 2 && (words.has(last) || (last.endsWith('s') && words.has(last.slice(0, -1))));
        if (k > j + 1 && (FIELD_WORDS.has(last) || common)) { j = k; continue; }
      }
      break;
    }
    // ("China's People's Liberation Army": the possessive plural that opens the name, which the run skipped.)
    const p = toks[i - 1], q = toks[i - 2];
    if (p && q && /^['’]s?$/.test(p.text) && p.start === q.end && POSSESSIVE_IN_NAMES.has(q.lower) && /^\p{Lu}/u.test(q.text)
      && q.sentence === toks[i]!.sentence && ORG_HEADS.has(toks[j - 1]!.lower)) i -= 2;
    // "released Monday": a date is no name (addNumeric adds it as a date).
    const runStart = toks[i]!.start;
    while (nextDate < dateSpans.length && dateSpans[nextDate]!.end <= runStart) nextDate++;
    const d = dateSpans[nextDate];
    // ("in Balintawak, Quezon City Wednesday evening": a date that a run runs into is no part of the name.)
    // (Not a day named by the word before it: "Super Tuesday", "Black Friday", "Easter Sunday".)
    // (Nor a title in quotation marks: 'an interview with "Fox News Sunday."')
    if (d && d.start > runStart && d.start < toks[j - 1]!.end && !(j - i === 2 && NAMED_DAY_WORDS.has(toks[i]!.lower)) && !quotedTitle(toks, i, j)) {
      let k = j;
      while (k > i + 1 && toks[k - 1]!.end > d.start) k--;
      if (toks[k - 1]!.end <= d.start) { j = k; }
    }
    const c = d && d.start <= runStart && toks[j - 1]!.end <= d.end ? null : classifyRun(doc, i, j);
    if (c) found.push(c.type === 'organization' ? withCountry(doc, c, i) : c);
    i = j;
  }

  // "Nutrilys Premier" after "baby food maker Nutrilys": a name that an organisation's name opens is its
  // product or part, not a person whose first name the organisation bears.
  const orgWords = new Set<string>();
  for (const c of found) if (c.type === 'organization' && c.said && !c.name.includes(' ')) orgWords.add(c.name);
  if (orgWords.size) {
    for (const c of found) {
      const space = c.name.indexOf(' ');
      if (c.type === 'person' && !c.said && space > 0 && orgWords.has(c.name.slice(0, space))) { c.type = 'organization'; c.key = `organization:${c.name.toLowerCase()}`; }
    }
  }
  // "…, Lead Stories said" after "the fact-checking group Lead Stories": a run that another name of the article
  // ends, with that name's first word right before it (the POS tagger read it as a verb), is that name.
  const byName = new Map<string, Candidate>();
  for (const c of found) if ((c.type === 'organization' || c.type === 'person') && c.name.includes(' ')) byName.set(c.name, c);
  if (byName.size) {
    for (const c of found) {
      const k = doc.tokenAt(c.span.start), prev = toks[k - 1];
      if (!prev || prev.sentence !== toks[k]!.sentence || !/^\p{Lu}/u.test(prev.text)) continue;
      const longer = byName.get(doc.text.slice(prev.start, c.span.end));
      if (!longer || longer === c || found.some((x) => x.span.start <= prev.start && prev.end <= x.span.end)) continue;
      c.span = { start: prev.start, end: c.span.end }; c.name = longer.name; c.type = longer.type; c.key = longer.key;
    }
  }
  // Persons first, so single-word mentions can join the fullest name.
  // First and last words of multi-word person names; the first name found wins, as it is read first.
  const byWord = new Map<string, Candidate>();
  for (const c of found) {
    if (c.type !== 'person') continue;
    const space = c.name.lastIndexOf(' ');
    if (space < 0) continue;
    const lastWord = c.name.slice(space + 1);
    if (!byWord.has(lastWord)) byWord.set(lastWord, c);
    // ("al-Harbi" alone is "Harbi" of "Mansour al-Harbi".)
    // (What split('-', 2) gave: the text before the first hyphen, and that between it and any second.)
    const hyphen = lastWord.indexOf('-');
    if (hyphen < 0) continue;
    const next = lastWord.indexOf('-', hyphen + 1);
    const particle = lastWord.slice(0, hyphen), rest = lastWord.slice(hyphen + 1, next < 0 ? undefined : next);
    if (rest && HYPHEN_PARTICLE.test(particle) && !byWord.has(rest)) byWord.set(rest, c);
  }
  for (const c of found) {
    if (c.type !== 'person' || !c.name.includes(' ')) continue;
    const first = c.name.slice(0, c.name.indexOf(' '));
    if (!byWord.has(first)) byWord.set(first, c);
  }
  // "Tovar" alone is "Ramón Tovar Urdaneta": Spanish names put the father's surname in the middle.
  // (Last, only where no name ends or starts with the word: a headline's "Claudia Tenney Beats" must not take "Tenney".)
  for (const c of found) {
    if (c.type !== 'person') continue;
    // (Exactly three words: two spaces. Most names have one and need no split.)
    const a = c.name.indexOf(' '), b = a < 0 ? -1 : c.name.indexOf(' ', a + 1);
    if (b < 0 || c.name.indexOf(' ', b + 1) >= 0) continue;
    const middle = c.name.slice(a + 1, b);
    if (/^\p{Lu}\p{Ll}+$/u.test(middle) && !byWord.has(middle)) byWord.set(middle, c);
  }
  for (const c of found) {
    // (Not a word the text itself calls an organisation: "baby food maker Nutrilys" is no "Nutrilys Premier".)
    if ((c.type === 'person' || (c.type === 'organization' && !c.said) || c.type === 'place') && !c.name.includes(' ')) {
      const full = byWord.get(c.name);
      if (full) { c.type = 'person'; c.key = full.key; c.name = full.name; }
    }
  }

  // "a senior analyst at Halvorsen" after "Halvorsen Metals Research": a lone word that "at" after a person's
  // role made a place, and no gazetteer knows as one, is the employer whose name it opens (its short form).
  // (Not "in Hpakant" after "Hpakant Rescue Brotherhood", nor "in Tbilisi" after "Tbilisi Water Supply Company".)
  if (found.some((c) => c.type === 'place' && c.weak)) {
    const orgByFirst = new Map<string, Candidate>();
    for (const c of found) {
      const space = c.name.indexOf(' ');
      if (c.type === 'organization' && !c.weak && space > 0 && !orgByFirst.has(c.name.slice(0, space))) orgByFirst.set(c.name.slice(0, space), c);
    }
    for (const c of found) {
      const org = c.type === 'place' && c.weak ? orgByFirst.get(c.name) : undefined;
      if (org && workplaceAfterRole(toks, doc.tokenAt(c.span.start)) && !isKnownPlaceName(c.name)) { c.type = 'organization'; c.key = org.key; c.name = org.name; }
    }
  }

  // A lone word takes one type everywhere it occurs: the one most of its
  // contexts suggest, a speaker over a place over an organisation on ties.
  const votes = new Map<string, Map<EntityType, number>>();
  for (const c of found) {
    if (!c.weak) continue;
    const v = votes.get(c.name) ?? new Map<EntityType, number>();
    v.set(c.type, (v.get(c.type) ?? 0) + (c.type === 'organization' ? 0.5 : 1));
    votes.set(c.name, v);
  }
  // What the text said outright of a name ("the daily Kystposten") holds for its other mentions too,
  // and a shorter form of an organisation's name is that organisation ("Western Crest" of "Western Crest Gold Ltd").
  const strong = new Map<string, EntityType>(), stated = new Map<string, EntityType>();
  for (const c of found) if (!c.weak && (c.type === 'organization' || c.type === 'person')) strong.set(c.name, c.type);
  for (const c of found) if (c.said) stated.set(c.name, c.type);
  // (Only a company's name: "the Donald J. Trump Foundation" or "the Merriman Smith Award" make no organisation of their namesakes.)
  // Filled by push, not .filter().map(): see the content arrays of linkRuns (tagger/link.ts).
  const orgNames: string[] = [];
  const fullOrgNames: string[] = [];
  for (const c of found) {
    if (c.type !== 'organization' || c.weak || !c.name.includes(' ')) continue;
    fullOrgNames.push(c.name);
    if (CORPORATE.has(c.name.slice(c.name.lastIndexOf(' ') + 1).toLowerCase())) orgNames.push(c.name);
  }
  for (const c of found) {
    const said = c.said ? undefined : stated.get(c.name) ?? (c.weak ? strong.get(c.name) : undefined);
    if (said) { c.type = said; c.key = `${said}:${c.name.toLowerCase()}`; continue; }
    if (c.type === 'person' && startsOneOf(orgNames, c.name)) { c.type = 'organization'; c.key = `organization:${c.name.toLowerCase()}`; continue; }
    // ("according to Vigilo" after "Vigilo Security, a Bratislava-based firm": a name a preposition made a place, which
    // no gazetteer knows, is the short form of the organisation it opens.)
    if (c.type === 'place' && c.weak && afterAccordingTo(doc, doc.tokenAt(c.span.start)) && startsOneOf(fullOrgNames, c.name) && !isKnownPlaceName(c.name)) { c.type = 'organization'; c.key = `organization:${c.name.toLowerCase()}`; continue; }
    // A name taken for a person only because it speaks ("Obsidian Shield said") is the shorter form of
    // any organisation's name it opens ("Obsidian Shield Consulting", "the Tidewatch Project"), unless
    // that organisation is named after someone ("the Merriman Smith Award").
    if (c.type === 'person' && c.weak && !strong.has(c.name) && fullOrgNames.some((o) => o.length > c.name.length && o.startsWith(c.name) && o.charCodeAt(c.name.length) === 32
      && !NAMED_AFTER.has(o.slice(o.lastIndexOf(' ') + 1).toLowerCase()))) { c.type = 'organization'; c.key = `organization:${c.name.toLowerCase()}`; continue; }
    const v = c.weak ? votes.get(c.name) : undefined;
    if (!v) continue;
    // (The short form of a company's name stays the company's, though it speaks as often as it is named: "Sabaki".)
    const vote = topVote(v);
    const best = vote === 'person' && startsOneOf(orgNames, c.name) ? 'organization' : vote;
    c.type = best; c.key = `${best}:${c.name.toLowerCase()}`;
  }

  wholeNamesElsewhere(doc, found);

  // "The Guards" after "Iran's Revolutionary Guards": "the" and the last word of the one organisation whose
  // name ends so, named before, is that organisation.
  const endsOf = new Map<string, Candidate | null>();
  for (const c of found) {
    if (c.type !== 'organization' || !c.name.includes(' ')) continue;
    const w = c.name.slice(c.name.lastIndexOf(' ') + 1);
    const had = endsOf.get(w);
    endsOf.set(w, had === undefined || had?.name === c.name ? had ?? c : null);
  }
  for (const c of found) {
    if (c.name.includes(' ') || (c.type !== 'organization' && c.type !== 'person') || c.said) continue;
    const full = endsOf.get(c.name);
    const k = doc.tokenAt(c.span.start);
    if (full && full.span.start < c.span.start && doc.tokens[k - 1]?.lower === 'the') { c.type = full.type; c.key = full.key; c.name = full.name; }
  }
  addNumeric(doc, numeric, found);
  addEquipment(doc, found);

  // "ISW" after "the Institute for the Study of War": an acronym of a name the
  // article spelled out is that name.
  const byInitials = new Map<string, Candidate>();
  for (const c of found) if (c.type === 'organization' && c.name.includes(' ')) byInitials.set(initials(c.name), c);
  for (const c of found) {
    if (!/^[A-Z]{2,6}$/.test(c.name)) continue;
    const full = byInitials.get(c.name);
    if (full) { c.type = full.type; c.key = full.key; c.name = full.name; }
  }

  // "Prosna Water Company (Wodociągi Prosna)", "the Civic Platform (PO)": a name in brackets right
  // after an organisation's is another name of it, whatever it spells; later mentions follow it.
  const alias = new Map<string, Candidate>();
  for (const c of found) {
    if (c.type !== 'organization') continue;
    const end = doc.tokenAt(c.span.end - 1);
    if (doc.tokens[end + 1]?.text !== '(') continue;
    const inner = found.find((x) => x !== c && x.span.start === doc.tokens[end + 2]?.start && doc.tokens[doc.tokenAt(x.span.end - 1) + 1]?.text === ')');
    if (inner && inner.type !== 'place') alias.set(inner.name, c);
  }
  for (const c of found) {
    const full = alias.get(c.name);
    if (full) { c.type = full.type; c.key = full.key; c.name = full.name; }
  }

  // One entity per key, mentions in text order.
  const byKey = new Map<string, Entity>();
  const ordered = found.sort((a, b) => a.span.start - b.span.start);
  for (const c of ordered) {
    let e = byKey.get(c.key);
    if (!e) { e = { id: '', type: c.type, name: c.name, mentions: [] }; byKey.set(c.key, e); }
    if (c.name.length > e.name.length && c.type === e.type) e.name = c.name;
    e.mentions.push(c.span);
  }
  doc.entities = [...byKey.values()].map((e, i) => newEntity(`e${i + 1}`, e.type, e.name, e.mentions, e.geo, e.country));
}

/**
 * For tokens of title-case sentences (most words capitalised, as headlines
 * are): true when the word occurs in lower case elsewhere in the text.
 */
function titleCaseWords(doc: Doc): (i: number) => boolean {
  const titled = new Uint8Array(doc.sentences.length);
  let any = false;
  const toks = doc.tokens, sentences = doc.sentences;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    let words = 0, caps = 0;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const c = toks[i]!.text.charCodeAt(0);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { words++; if (c <= 90) caps++; }
    }
    if (words >= 4 && caps / words >= 0.75) { titled[k] = 1; any = true; }
  }
  if (!any) return () => false;
  const lower = lowerWords(doc);
  // (Speech verbs too, used in lower case or not: "Bernie Sanders Says …", "Blackwell Endorses Cruz".)
  return (i) => { const t = doc.tokens[i]!; return titled[t.sentence] === 1 && (lower.has(t.lower) || HEADLINE_VERBS.test(t.lower)); };
}

/** Verbs headlines put between names ("X Says", "X Endorses Y", "X Thinks"). */
const HEADLINE_VERBS = /^(?:says|said|tells|told|thinks|defends|endorses|slams|warns|urges|calls|claims|denies|blames|rejects|accuses|admits|insists|vows|refuses|asks|wants|rips|blasts|praises|attacks|backs|dismisses|responds|explains|reveals)$/;

/** Words the article writes in lower case somewhere (per document, built on first use; shared with places). */
const lowerWords = lowerCaseWords;

/**
 * Where a list of fields of work that starts at `k` ends ("Trade and Employment", "Food and Rural
 * Affairs" after a comma), or -1: capitalised groups of one to three words, separated by commas, the
 * last after "and", each ending in a field's word or a common noun the article writes in lower case.
 * `headed`: one word a group, and the last ends in an institution's word ("Commonwealth and
 * Development Office").
 */
function fieldList(doc: Doc, toks: Token[], k: number, sentence: number, headed = false): number {
  const field = (t: Token) => FIELD_WORDS.has(t.lower) || lowerWords(doc).has(t.lower);
  for (let groups = 0; groups < 6; groups++) {
    const last = toks[k - 1]!.lower === 'and';
    // ("… Food and the Marine": the last field may take "the".)
    if (last && !headed && toks[k]?.lower === 'the') k++;
    let e = k;
    // (With `headed`, the last group runs on to the institution's word that ends the name.)
    while (e < toks.length && e - k < (headed && last ? 4 : headed ? 1 : 3) && /^\p{Lu}/u.test(toks[e]!.text) && toks[e]!.sentence === sentence) e++;
    if (e === k) return -1;
    if (headed) {
      if (last) return e - k >= 2 && ORG_HEADS.has(toks[e - 1]!.lower) ? e : -1;
    } else if (!field(toks[e - 1]!)) return -1;
    const next = toks[e];
    if (groups > 0 && last) return e;
    if (next?.text === ',' || next?.lower === 'and') k = e + 1;
    else return -1;
  }
  return -1;
}

/** "Institute for the Study of War" → "ISW": first letters of its capitalised words. */
function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
}

/** /^\p{Lu}\p{Ll}+\p{Lu}/u: a capital after the first word's lower-case letters ("YouTube"); ASCII by char codes. */
function innerCapital(name: string): boolean {
  let i = 0;
  for (; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(name);
    const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
    if (i === 0 ? !upper : !lower) break;
  }
  if (i < 2 || i >= name.length) return false;
  const c = name.charCodeAt(i);
  return c >= 128 ? /^\p{Lu}\p{Ll}+\p{Lu}/u.test(name) : c >= 65 && c <= 90;
}

/** Role nouns that do not title a name after them ("the source Reuters", "the chair Kaiser"). */
/** Words for kin that are also religious titles before a name ("Father Emmanuel Muhindo", "Sister Mary"). */
const RELIGIOUS_KIN = new Set(['father', 'mother', 'sister', 'brother']);
const NOT_TITLES = new Set(['source', 'person', 'someone', 'anyone', 'chair', 'head', 'fellow', 'witness', 'resident', 'insider', 'expert', 'observer']);

const rank = (t: EntityType) => (t === 'person' ? 0 : t === 'place' ? 1 : 2);

/**
 * The type with most votes, a person over a place over the rest on ties, the first counted among
 * equals: what sorting the entries (a stable sort) would put first, without the arrays.
 */
function topVote(v: Map<EntityType, number>): EntityType {
  let best: EntityType | undefined, bestVotes = 0;
  for (const [type, n] of v) {
    if (best === undefined || n > bestVotes || (n === bestVotes && rank(type) < rank(best))) { best = type; bestVotes = n; }
  }
  return best!;
}

/** Tokens [from, to) are words of a person's name; a hyphen may join two of them ("Santiago-Ramos"). */
function personWords(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.text === '-' ? k === from || k === to - 1 || toks[k - 1]!.end !== t.start || toks[k + 1]!.start !== t.end : !PERSON_WORD.test(t.text)) return false;
  }
  return to > from;
}

function classifyRun(doc: Doc, i: number, j: number): Candidate | null {
  const toks = doc.tokens;
  let a = i;
  let titled = false;
  // Peel titles and ranks off the front: "Army Lt. Col. Charlie Dietz" (and ranks written as
  // acronyms before a person's name: "ASP Garba Tanimu", "DSP …").
  // ("PT Baruna Samudra Lines", "OOO Gazprom Neft": a company's legal form opens its name.)
  if (j - i >= 2 && COMPANY_FORMS.has(toks[i]!.text)) {
    const nm = doc.text.slice(toks[i]!.start, toks[j - 1]!.end);
    return { type: 'organization', name: nm, span: { start: toks[i]!.start, end: toks[j - 1]!.end }, key: `organization:${nm.toLowerCase()}` };
  }
  // ("General Staff", "General Command", "General Directorate of Water Management": a title before an
  // institution's word is part of its name.)
  // ("Senators Marco Rubio and Ted Cruz": a plural title before the first of several names.)
  const pluralTitle = (t: Token) => t.lower.length > 3 && t.lower.endsWith('s') && NAME_TITLES.has(t.lower.slice(0, -1)) && j - a >= 3;
  while (a < j - 1 && !ORG_HEADS.has(toks[j - 1]!.lower) && !ORG_HEADS.has(toks[a + 1]!.lower) && (NAME_TITLES.has(toks[a]!.lower) || pluralTitle(toks[a]!) || (RANK_ACRONYMS.has(toks[a]!.text) && j - a >= 3
    && personWords(toks, a + 1, j)))) { a++; titled = true; }
  // ("Farmer Josef Unterkofler says …": a word for a trade, capitalised only because it opens the
  // sentence, titles the name as "farmer" would in lower case.)
  const atSentenceStart = doc.sentences[toks[a]!.sentence]!.firstToken === a;
  // (Not "Father Emmanuel", "Sister Mary", a priest's or a nun's title; nor "Professor X", whose apposition says more.)
  if (!titled && atSentenceStart && j - a >= 3 && HUMAN_NOUNS.has(toks[a]!.lower) && !RELIGIOUS_KIN.has(toks[a]!.lower) && !toks[a]!.lower.endsWith('s')
    && !NOT_TITLES.has(toks[a]!.lower) && personWords(toks, a + 1, j)) { a++; titled = true; }
  // A title inside the run ends what describes the person: "Health Secretary
  // Laura Bennett", "Russian Foreign Minister Sergei Lavrov" name the last two.
  // (Unit words like "Guard" or "Corps" title people only in front: "Revolutionary Guard Corps" is no person.)
  // (… or an office's word, capitalised, after the words that qualify it: "County Auditor Priya Lindgren"; alone in
  // front, "Professor", "Father" are part of how the name is written.)
  for (let k = j - 2; k >= a; k--) {
    if ((NAME_TITLES.has(toks[k]!.lower) || (k > a && ROLE_NOUNS.has(toks[k]!.lower) && /^\p{Lu}/u.test(toks[k]!.text) && !EVENT_HEADS.has(toks[j - 1]!.lower)))
      && !UNITS.has(toks[k]!.lower) && !ORG_HEADS.has(toks[j - 1]!.lower)
      && personWords(toks, k + 1, j)) { a = k + 1; titled = true; break; }
  }
  // "Secretary of State John F. Kerry", "Secretary of Homeland Security Kirstjen
  // Nielsen": the office's complement (one word, and field words) goes too.
  if (titled && (toks[a]?.lower === 'of' || toks[a]?.lower === 'for') && j - a > 3) {
    a += 2;
    while (j - a > 2 && FIELD_WORDS.has(toks[a]!.lower)) a++;
  }
  // "lawmaker Yerram Chandrasekhar", "ministry spokeswoman Koo Min-seo": a role written in lower
  // case right before a run of name-like words titles a person, as "Senator" would.
  const roleBefore = toks[i - 1];
  if (!titled && roleBefore && roleBefore.pos === 'NOUN' && /^\p{Ll}/u.test(roleBefore.text) && roleBefore.sentence === toks[i]!.sentence
    && ROLE_NOUNS.has(roleBefore.lower) && !roleBefore.lower.endsWith('s') && !NOT_TITLES.has(roleBefore.lower)
    && j - i >= 2 && j - i <= 3 && toks.slice(i, j).every((t) => PERSON_WORD.test(t.text))) titled = true;
  const words = toks.slice(a, j);
  const lowers = words.map((t) => t.lower);
  // (The head of "World War II" is "war".)
  const last = lowers.length > 1 && GENERATIONS.test(words[words.length - 1]!.text) ? lowers[lowers.length - 2]! : lowers[lowers.length - 1]!;
  const next = toks[j];
  const prev = toks[i - 1];
  const span = { start: words[0]!.start, end: words[words.length - 1]!.end };
  const name = doc.text.slice(span.start, span.end);
  const key = (type: EntityType) => `${type}:${name.toLowerCase()}`;

  // A ship: "the Comoros-flagged Sahar Pearl", "the BRP Malabrigo", "the captain of the Ondina".
  if (isShipName(toks, i)) {
    const from = SHIP_PREFIXES.has(toks[i]!.text) && j - i >= 2 ? i + 1 : i;
    const ship = { start: toks[from]!.start, end: words[words.length - 1]!.end };
    const shipName = doc.text.slice(ship.start, ship.end);
    return { type: 'equipment', name: shipName, span: ship, key: `equipment:${shipName.toLowerCase()}`, said: true };
  }
  // Acronyms count only when written as acronyms: "UN" is the United Nations, "Un" a name.
  const knownOrg = words.some((t) => KNOWN_ORGS.has(t.lower.includes('.') ? t.lower.replace(/\./g, '') : t.lower) && (t.text.length > 3 || t.text === t.text.toUpperCase()));
  // "Democratic National Convention", "Iowa Caucus": what happens, not who.
  // ("Africa Cup of Nations": the head before "of"; "Cyclone Idai", "Hurricane Maria", "Tour de France": the word that opens it.)
  // (Only a cup's or games' "of": "National Episcopal Conference of Congo" is a body.)
  const of = lowers.indexOf('of');
  const cupOf = of > 0 && (lowers[of - 1] === 'cup' || lowers[of - 1] === 'games');
  if (words.length > 1 && ((EVENT_HEADS.has(last) && !lowers.some((w) => ORG_HEADS.has(w))) || cupOf || EVENT_OPENERS.has(lowers[0]!))) return { type: 'event', name, span, key: key('event') };
  if (words.length === 2 && NAMED_DAY_WORDS.has(lowers[0]!) && A_WEEKDAY.test(last)) return { type: 'event', name, span, key: key('event') };
  // ("Energy prices rose": an institution's word alone, opening a sentence, is a common noun.)
  if (words.length === 1 && ORG_HEADS.has(last) && !knownOrg && toks[i]!.sentence !== prev?.sentence) return null;
  // ("Revolutionary Guards", "Border Guards": an institution's word in the plural heads an institution too.)
  const pluralHead = words.length > 1 && last.length > 4 && last.endsWith('s') && ORG_HEADS.has(singularOf(last));
  // ("Radio Mwangaza", "Radio Feon'i Androy", "Television Zambia": a station named after its medium.)
  // (… and companies named in Spanish or Portuguese by what they are: "Minera Andes Blancos", "Grupo Bimbo", "Banco Austral".)
  // ("Operation Atalanta", "Operation Safe Haven": a military operation, which speaks as a force.)
  const namedByKind = words.length > 1 && /^(?:radio|television|tv|minera|mineração|grupo|banco|compañía|companhia|empresa|industrias|transportes|constructora|inversiones|operation)$/.test(lowers[0]!);
  if (ORG_HEADS.has(last) || knownOrg || pluralHead || namedByKind) {
    return { type: 'organization', name, span, key: key('organization') };
  }
  // "Diario del Noreste", "Centro de Derechos Humanos", "Banco de la Nación": in Spanish, Portuguese,
  // Italian and French an institution's word opens its name, joined to the rest by a connector.
  if (!titled && words.length > 2 && FOREIGN_INSTITUTION_WORDS.has(lowers[0]!) && FOREIGN_CONNECTORS.has(lowers[1]!)) {
    return { type: 'organization', name, span, key: key('organization') };
  }
  if (!titled && words.length >= 2 && BARE_INSTITUTION_WORDS.has(lowers[0]!)) return { type: 'organization', name, span, key: key('organization') };
  // A demonym used as an adjective: "North Korean troops", "Russian President".
  if (next && (next.pos === 'NOUN' || next.pos === 'ADJ' || NAME_TITLES.has(next.lower)) && words.length <= 2 && DEMONYM_END.test(last) && !titled) return null;
  if (next && next.text === '-' ) return null; // "Russian-made"
  if (countryOfDemonym(name)) return null; // "the Russian nor North Korean governments"
  // (A quotation that opens the sentence opens it too: '"Consumption jumped …,"'.)
  // (… and so does a dateline: "JOS, Nigeria — Gunmen attacked …".)
  const sentenceStart = opensSentence(doc, i) || (!!prev && /^["“‘']$/.test(prev.text) && toks[i - 2]?.sentence !== toks[i]!.sentence);
  if (words.length === 1) {
    // "the drugmaker Novaris", "the newspaper Haaretz": a name after an institution's common noun is that institution.
    // (The text says so: its other mentions are that institution too, "Novaris said" included.)
    if (afterInstitutionNoun(toks, i)) {
      return { type: 'organization', name, span, key: key('organization'), said: true };
    }
    // A word with capitals inside is a brand's or an agency's ("YouTube", "PhilSA"), unless a surname's
    // prefix explains them ("McCain", "DiPietro", "LeBron", "O'Brien").
    if (innerCapital(name) && !/^(?:Mc|Mac|Di|De|Da|La|Le|Van|Von|O['’])/.test(name)) return { type: 'organization', name, span, key: key('organization') };
    // An acronym names an institution, not a person ("IRNA denied", "SBU said").
    if (/^[A-Z]{3,}$/.test(name)) return { type: 'organization', name, span, key: key('organization') };
    // A capitalised first word followed by a common noun is usually a modifier.
    if (sentenceStart && next?.pos === 'NOUN') return null;
    // "Consumption jumped …", "Safety is our priority", "Insurers said": an abstract or plural common
    // noun, capitalised only because it opens the sentence (the suffix says so; names rarely end so).
    if (sentenceStart && !titled && (/(?:tion|sion|ment|ness|ity|ety|ance|ence|ism|ship|hood)$/.test(lowers[0]!) || /^[a-z]{3,}(?:ers|ors|ies|eos)$/.test(lowers[0]!))
      && !KNOWN_ORGS.has(lowers[0]!)) return null;
    // "Volcanologists believe …": a trade, capitalised only because it opens the sentence.
    if (sentenceStart && TRADE_PLURAL.test(lowers[0]!)) return null;
    // "Posts shared widely on Facebook claim …", "Footage circulating online …": things shared online, capitalised
    // by the sentence. (Not "Post", which may be a newspaper's short name.)
    if (sentenceStart && !titled && lowers[0] !== 'post' && ONLINE_ITEMS.has(singularOf(lowers[0]!))) return null;
    // "Witnesses told …", "Officials said …": a word for a kind of source, capitalised by the sentence;
    // "Traders said …" where the article also writes "traders": a common word, not a name.
    // ("Fishermen in the creeks said …": people by what they do, capitalised by the sentence.)
    if (sentenceStart && (ANONYMOUS_HEADS.has(lowers[0]!) || ROLE_NOUNS.has(lowers[0]!) || lowerWords(doc).has(lowers[0]!)
      || (/(?:s|men)$/.test(lowers[0]!) && HUMAN_NOUNS.has(singularOf(lowers[0]!))))) return null;
    if (!titled && mediumAfter(toks, j)) return { type: 'organization', name, span, key: key('organization'), said: true };
    if (titled || (prev && NAME_TITLES.has(prev.lower))) return { type: 'person', name, span, key: key('person') };
    // "Trump said": a lone name that speaks is a person.
    if (next && next.pos === 'VERB' && SPEECH_VERBS.has(next.lemma)) return { type: 'person', name, span, key: key('person'), weak: true };
    // "according to Verifika, a Malagasy fact-checking group": an apposition says what it is, before a preposition
    // guesses a place; "Amina, a woman from Eritrea": a person.
    const described = titled ? null : describedAs(doc, i, j);
    // (Not "X, which": places have their relative clauses too, "Balakliia, which lies on the road to Izium".)
    if (described === 'organization' && !(toks[j]?.text === ',' && toks[j + 1]?.lower === 'which')) return { type: 'organization', name, span, key: key('organization'), said: true };
    if (prev && PLACE_PREPOSITIONS.has(prev.lower)) return { type: 'place', name, span, key: key('place'), weak: true };
    if (placedByNoun(toks, i, j)) return { type: 'place', name, span, key: key('place'), weak: true };
    if (described === 'person' || givenNameBefore(toks, i)) return { type: 'person', name, span, key: key('person'), said: true };
    return { type: 'organization', name, span, key: key('organization'), weak: true };
  }
  // "Kajuru Local Government Area", "Rutshuru Territory", "Nineveh Governorate": an administrative area
  // named with its unit.
  if (!titled && words.length > 1 && (ADMIN_UNITS.has(last) || LAND_AND_WATER.has(last)) && !(lowers.length === 2 && EVENT_HEADS.has(lowers[0]!))) {
    return { type: 'place', name, span, key: key('place'), weak: true };
  }
  // "Palestinian Islamic Jihad", "American Airlines": a name opened by a demonym is an institution's.
  const demonym = (w: string) => !!countryOfDemonym(w) && !isCountryName(w); // "Cuban", not "Cuba" ("Cuba Gooding Jr.")
  if (!titled && demonym(words[0]!.text) && !countryOfDemonym(words[0]!.text + ' ' + words[1]!.text)) {
    return { type: 'organization', name, span, key: key('organization') };
  }
  // What the text says the name is, before guessing from its form: "the state newspaper Neutral
  // Turkmenistan", "Costa Norte Químicos, which operates …", "Meridian Maritime Intelligence, a
  // ship-tracking firm" name institutions.
  if (!titled) {
    const said = describedAs(doc, i, j);
    if (said) return { type: said, name, span, key: key(said), said: true };
    // "The Mellit Emergency Response Room": a name behind "the" is an institution's; people's
    // names go without an article (unless they modify a noun: "the Hillary Clinton campaign").
    if (prev?.lower === 'the' && next?.pos !== 'NOUN' && !(next && /^\p{Lu}/u.test(next.text))) {
      return { type: 'organization', name, span, key: key('organization') };
    }
  }
  // (Names may carry one inner capital, "McCain", "DiPietro", and initials, "J.M.".)
  // (The lower-case half of a hyphenated given name belongs to the word before it: "Chia-hao".)
  // (Particles and generations are no words of their own: "Saad bin Nasser Al-Muraikhi", "Nana Kwame Ahenkora II".)
  const nameWords = words.filter((t, k) => t.text !== '-' && words[k - 1]?.text !== '-' && !NAME_PARTICLES.has(t.lower) && !GENERATIONS.test(t.text));
  const looksLikeName = nameWords.length <= 4 && nameWords.every((t) => /^\p{Lu}[\p{Ll}'’.-]+$|^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$|^(?:\p{Lu}\.)+$/u.test(t.text));
  const afterRole = !!prev && (ROLE_NOUNS.has(prev.lower) || NAME_TITLES.has(prev.lower));
  // "Halvorsen Gulf Marine", "Baruna Shipping": a company's last word, which no surname is.
  if (!titled && !afterRole && words.length > 1 && COMPANY_ENDINGS.has(last)) return { type: 'organization', name, span, key: key('organization') };
  // ("the Houthi-run Al-Masirah television channel": a medium, not a person.)
  if (!titled && !afterRole && mediumAfter(toks, j)) return { type: 'organization', name, span, key: key('organization'), said: true };
  // ("El Deber", "La Nación", "Die Zeit": a name opened by a definite article is no person's, though the article
  // is a particle of people's names in lower case or inside them, "Javier de la Torre".)
  if (!titled && !afterRole && words.length >= 2 && ARTICLE_OPENERS.has(words[0]!.text)) return { type: 'organization', name, span, key: key('organization') };
  if (titled || afterRole || looksLikeName) return { type: 'person', name, span, key: key('person') };
  return { type: 'organization', name, span, key: key('organization') };
}
/** Definite articles, capitalised, that open names of papers, groups and places in Spanish, Italian, German and Dutch. */
const ARTICLE_OPENERS = new Set(['El', 'La', 'Los', 'Las', 'Il', 'Die', 'Der', 'Das', 'Het']);

/**
 * Whether a medium's noun follows the name run ending before token j, after at most one more noun:
 * "Al-Masirah television channel", "the Reuters news agency", "the Tidewatch newspaper". (Also read by the
 * sources stage, describedAsMedium.)
 */
export function mediumAfter(toks: Token[], j: number): boolean {
  const a = toks[j], b = toks[j + 1];
  if (!a || a.sentence !== toks[j - 1]?.sentence || !/^\p{Ll}/u.test(a.text) || a.pos !== 'NOUN') return false;
  // (Not "news", which modifies: "the Reuters news agency" is read by its second noun.)
  if (MEDIA_NOUNS.has(a.lower) && a.lower !== 'news' && a.lower !== 'site' && a.lower !== 'station' && a.lower !== 'paper') return true;
  return !!b && b.pos === 'NOUN' && /^\p{Ll}/u.test(b.text) && (a.lower === 'television' || a.lower === 'radio' || a.lower === 'news')
    && (MEDIA_NOUNS.has(b.lower) || b.lower === 'agency' || b.lower === 'network');
}

/** Tokens [i, j) stand between quotation marks, alone or with the comma or full stop before the closing one. */
function quotedTitle(toks: Token[], i: number, j: number): boolean {
  const open = toks[i - 1]?.text, after = toks[j]?.text === '.' || toks[j]?.text === ',' ? toks[j + 1]?.text : toks[j]?.text;
  return (open === '“' || open === '"') && (after === '”' || after === '"');
}

/** Last words of administrative areas' names: "Kajuru Local Government Area", "Ituri Province". */
const ADMIN_UNITS = new Set(['area', 'district', 'province', 'region', 'county', 'municipality', 'territory', 'governorate', 'prefecture',
  'oblast', 'raion', 'parish', 'township', 'commune']);

/** Last words of natural features' names ("Bantayan Island", "Sinai Peninsula"); not "Lake", "River", "Hill", which end people's names too, nor "Delta", which ends firms' ("Sentinel Delta"). */
const LAND_AND_WATER = new Set(['island', 'islands', 'isle', 'peninsula', 'archipelago', 'atoll', 'reef', 'shoal', 'strait', 'straits', 'gulf',
  'sea', 'valley', 'desert', 'plateau', 'canyon', 'glacier', 'mountains']);

/** Words that name a day with its weekday: "Super Tuesday", "Black Friday", "Good Friday", "Bloody Sunday". */
const A_WEEKDAY = new RegExp(`^${WEEKDAY}$`);
const NAMED_DAY_WORDS = new Set(['super', 'black', 'good', 'cyber', 'bloody', 'ash', 'easter', 'palm', 'holy', 'giving', 'maundy', 'shrove', 'fat', 'boxing', 'mad']);

/** Plurals whose possessive stands inside institutions' names ("People's Liberation Army", "Workers' Party"). */
const POSSESSIVE_IN_NAMES = new Set(['people', 'peoples', 'workers', 'women', 'citizens', 'farmers', 'children', 'veterans', 'soldiers', 'mothers']);

/** Last words of companies' names: "Western Crest Gold Ltd", "Halvard Dynamics Group". */
const CORPORATE = new Set(['ltd', 'ltd.', 'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'plc', 'llc', 'sa', 'ag', 'gmbh', 'group', 'holdings',
  'mining', 'resources', 'minerals', 'metals', 'gold', 'oil', 'gas', 'energy', 'petroleum', 'industries', 'technologies', 'systems',
  'motors', 'airlines', 'airways', 'capital', 'partners', 'ventures', 'bank', 'insurance', 'logistics', 'shipping', 'dynamics',
  'authority', 'fund', 'investments', 'jsc', 'pjsc', 'ojsc', 'llp', 'pte', 'bhd', 'nv', 'bv', 'spa', 'srl', 'securities',
  'railways', 'railway', 'pharmaceuticals', 'pharma', 'chemicals', 'foods', 'telecom', 'telecoms', 'utilities', 'marine', 'mills', 'breweries',
  'consulting', 'consultancy', 'consultants', 'services', 'solutions', 'trading', 'enterprises', 'construction', 'engineering', 'aviation', 'contractors',
  'company', 'corporation', 'homes', 'developments', 'properties', 'builders', 'components', 'electronics', 'semiconductors', 'wire', 'newswire',
  'management']);

/** The last words of CORPORATE that are no one's surname ("Gold", "Mills", "Bank" and "Capital" may be). */
const COMPANY_ENDINGS = new Set([...CORPORATE].filter((w) => !['gold', 'oil', 'gas', 'energy', 'capital', 'partners', 'bank', 'fund', 'mills', 'co', 'co.', 'sa', 'authority', 'group'].includes(w)));

/** Last words of bodies that are named after a person ("the Merriman Smith Award", "the Carter Center"). */
const NAMED_AFTER = new Set(['foundation', 'award', 'awards', 'prize', 'fellowship', 'scholarship', 'memorial', 'center', 'centre', 'institute',
  'library', 'school', 'college', 'university', 'hall', 'stadium', 'museum', 'lecture', 'trust', 'fund', 'campaign', 'administration', 'presidency']);

/** Legal forms of companies written before their names. */
const COMPANY_FORMS = new Set(['PT', 'CV', 'OOO', 'OAO', 'ZAO', 'PAO', 'PJSC', 'JSC', 'TOO']);

/** Whether a name's own words make it a company's: "Dunai Grain Logistics", "PT Sinar Kayu Abadi", "Halvard Dynamics Group". */
export function corporateName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && (CORPORATE.has(words[words.length - 1]!.toLowerCase()) || COMPANY_FORMS.has(words[0]!));
}
/** Police and military ranks written as acronyms before a name ("ASP Garba Tanimu"). */
const RANK_ACRONYMS = new Set(['ASP', 'DSP', 'SP', 'CSP', 'ACP', 'DCP', 'CP', 'IGP', 'DIG', 'AIG', 'SSP', 'PC', 'DC', 'DI', 'DS', 'DCI']);

/**
 * "by Justice Watch International" after "the rights group Justice Watch International": where the POS tagger read
 * a name's first words as a noun and a verb, so that only its end was found, the organisation's name the article
 * found whole elsewhere is that name here too (one name, one reading, through the article). Its parts found there
 * go; an occurrence that only overlaps another name is left alone.
 */
function wholeNamesElsewhere(doc: Doc, found: Candidate[]): void {
  const text = doc.text;
  const seen = new Set<string>();
  for (const c of [...found]) {
    if (c.type !== 'organization' || c.weak || !c.name.includes(' ') || seen.has(c.name)) continue;
    seen.add(c.name);
    for (let at = text.indexOf(c.name); at >= 0; at = text.indexOf(c.name, at + c.name.length)) {
      const end = at + c.name.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (found.some((x) => x.span.start < end && at < x.span.end && !(x.span.start >= at && x.span.end <= end))) continue;
      if (found.some((x) => x.span.start === at && x.span.end === end)) continue;
      for (let i = found.length - 1; i >= 0; i--) if (found[i]!.span.start >= at && found[i]!.span.end <= end) found.splice(i, 1);
      let i = 0;
      while (i < found.length && found[i]!.span.start < at) i++;
      found.splice(i, 0, { type: c.type, name: c.name, key: c.key, span: { start: at, end } });
    }
  }
}

/** Whether one of `names` opens with `short` and a space: "Sabaki" of "Sabaki Defence Systems Ltd". */
function startsOneOf(names: string[], short: string): boolean {
  return names.some((o) => o.length > short.length && o.startsWith(short) && o.charCodeAt(short.length) === 32);
}

/** "analyst at X", "a researcher at X": token i follows "at" after a word for what a person is or does. */
function workplaceAfterRole(toks: Token[], i: number): boolean {
  const role = toks[i - 2]?.lower ?? '';
  return toks[i - 1]?.lower === 'at' && (ROLE_NOUNS.has(role) || HUMAN_NOUNS.has(singularOf(role)));
}

/** Particles joined to an Arabic or Hebrew surname by a hyphen: "Hoda el-Sherif", "Mansour al-Harbi". */
const HYPHEN_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd|ben)$/;

/** Lower-case words inside people's names. */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'del', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'dos', 'das', 'ag', 'ould']);
/** Nouns for a place that "of" and its name follow ("the rural commune of Konna", "the parish of Kiwanja"). */
const PLACE_NOUNS_OF = new Set(['town', 'city', 'village', 'commune', 'parish', 'district', 'province', 'region', 'island', 'municipality',
  'county', 'governorate', 'hamlet', 'township', 'settlement', 'suburb', 'neighbourhood', 'neighborhood', 'port', 'state', 'oblast', 'prefecture']);
/** Directions a place is given from: "southwest of Hodeidah". */
const DIRECTIONS_OF = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts']);
/** Lower-case nouns for a place after its name: "the Zubair district", "the North Darfur town of …". */
const PLACE_NOUNS_AFTER = new Set(['town', 'city', 'village', 'district', 'province', 'region', 'municipality', 'county', 'governorate', 'commune', 'parish', 'area']);

/** Whether the words around a name run [i, j) place it: "the commune of X", "southwest of X", "the X district". */
function placedByNoun(toks: Token[], i: number, j: number): boolean {
  const prev = toks[i - 1], before = toks[i - 2], next = toks[j];
  if (prev?.lower === 'of' && before && before.sentence === toks[i]!.sentence && (PLACE_NOUNS_OF.has(before.lower) || DIRECTIONS_OF.has(before.lower))) return true;
  // (A proper noun's run only, inside its sentence: "Entire village buried" opens a headline.)
  return !!next && next.sentence === toks[i]!.sentence && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && PLACE_NOUNS_AFTER.has(next.lower)
    && toks.slice(i, j).every((t) => t.pos === 'PROPN') && !!prev && prev.sentence === toks[i]!.sentence && !/^["“‘']$/.test(prev.text);
}

/** Prefixes of ships' names: merchant vessels, navies' ships. */
const SHIP_PREFIXES = new Set(['MV', 'MT', 'MS', 'SS', 'HMS', 'USS', 'BRP', 'INS', 'RFS', 'HMAS', 'HMCS', 'HMNZS', 'FV']);
/** Who a ship has: "the captain of the Ondina". */
const SHIP_PEOPLE = new Set(['captain', 'crew', 'master', 'charterer', 'sailors', 'seafarers', 'skipper']);

/**
 * Whether the name run starting at token i names a ship: a ship's prefix opens it ("BRP Malabrigo"), a flag
 * state comes before it ("the Comoros-flagged Sahar Pearl", "the Liberian-flagged Corvina Bay"), or those aboard
 * it are of it ("the captain of the Ondina").
 */
function isShipName(toks: Token[], i: number): boolean {
  if (SHIP_PREFIXES.has(toks[i]!.text) && toks[i + 1] && /^\p{Lu}/u.test(toks[i + 1]!.text)) return true;
  const prev = toks[i - 1], before = toks[i - 2];
  if (prev?.lower === 'flagged' && before?.text === '-' && before.end === prev.start) return true;
  return prev?.lower === 'the' && before?.lower === 'of' && SHIP_PEOPLE.has(toks[i - 3]?.lower ?? '') && toks[i - 3]!.sentence === toks[i]!.sentence;
}

/**
 * Whether tokens [i, j) read as a person's given name and surname: two or three capitalised proper nouns,
 * none an institution's word, a title or a country's name or demonym, with no article before them
 * ("Dennis Kariuki", not "Bank", "Royal University", "Central Bank", "Duke").
 */
function personLike(toks: Token[], i: number, j: number): boolean {
  // (A person's name takes no article, possessive or adjective: "the Joint Chiefs of Staff", "South Korea's Joint
  // Chiefs of Staff", "The state-run Global New Light of Myanmar".)
  const prev = toks[i - 1];
  if (j - i < 2 || j - i > 3 || (prev && (/^(?:the|a|an|['’]s)$/.test(prev.lower) || prev.pos === 'ADJ' || toks[i - 2]?.text === '-'))) return false;
  for (let k = i; k < j; k++) {
    const t = toks[k]!;
    // (… nor a trade's gerund: "Thalassa Bunkering of Piraeus" is a company.)
    if (t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.lower.endsWith('ing') || ORG_HEADS.has(t.lower) || NAME_TITLES.has(t.lower)
      || countryOfDemonym(t.text) || isCountryName(t.text)) return false;
  }
  return true;
}

/**
 * A Korean (Revised Romanisation or McCune–Reischauer) or Chinese (pinyin) syllable of five or six
 * letters: an initial, a vowel and a final ("young", "myung", "kyung", "seong", "zhuang"). English words
 * of that length rarely fit ("spent", "backed", "style" do not).
 */
const EAST_ASIAN_SYLLABLE = /^(?:[gknmdrbsjchptywlfxqz]|kk|tt|pp|ss|jj|ch|sh|zh|kh|th|ph|hw|gw|kw)?(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i|ou|oo|ee|ua|uo|ia|ie|iu|io)(?:k|n|t|l|m|p|ng|r)?$/;
/** Words that follow a name's hyphen as words, not as the syllable of a given name ("Bush-era", "Times-led"). */
const NOT_SYLLABLES = new Set(['ers', 'era', 'led', 'run', 'like', 'type', 'made', 'born', 'free', 'wide', 'long', 'held', 'bred', 'less', 'ish', 'esque', 'ite', 'ites', 'ism']);
/** Generations and numerals after a name. */
const GENERATIONS = /^(?:I{1,3}|IV|V|VI{0,3}|Jr\.?|Sr\.?)$/;

/** Heads of appositions that make a name an institution's: "X, a London-based ship-tracking firm". */
const INSTITUTION_APPOSITION = new Set([...INSTITUTION_NOUNS, 'organisation', 'organization', 'network', 'association', 'institute',
  'consultancy', 'watchdog', 'monitor', 'tank', 'ngo', 'nonprofit', 'non-profit', 'body', 'regulator', 'coalition', 'movement',
  'outfit', 'unit', 'platform', 'website', 'site', 'channel', 'station', 'broadcaster', 'daily', 'weekly', 'tabloid', 'paper',
  'newsletter', 'magazine', 'portal', 'blog', 'podcast', 'publication', 'brokerage', 'lender', 'insurer', 'consortium', 'cooperative',
  'laboratory', 'lab', 'observatory', 'foundation', 'union', 'project', 'initiative', 'app', 'desk',
  'distributor', 'supplier', 'producer', 'exporter', 'importer', 'wholesaler', 'refiner', 'conglomerate', 'utility', 'subsidiary',
  'collective', 'alliance', 'federation', 'council', 'committee', 'commission', 'page', 'account', 'outlet', 'exchange', 'retailer', 'carrier']);

/**
 * The type the words around a capitalised run give it, if they do: an institution's noun right
 * before it ("the newspaper X", "the think tank X"), "X, which …", or an apposition
 * whose head is an institution's noun ("X, a volunteer network that …").
 */
function describedAs(doc: Doc, i: number, j: number): EntityType | null {
  const toks = doc.tokens;
  const prev = toks[i - 1];
  if (afterInstitutionNoun(toks, i)) return 'organization';
  // ("A news site, Batken Kabar, reported": the apposition may come first.)
  // (Only when the noun heads that phrase: not "A spokeswoman for the agency, Maricel Ocampo,".)
  if (prev?.text === ',' && toks[i - 2]?.pos === 'NOUN' && INSTITUTION_APPOSITION.has(toks[i - 2]!.lower) && toks[j]?.text === ',') {
    let d = i - 3;
    // (Through compounds, whatever their second part's tag: "an Almaty-based distributor, Tengri Components,".)
    while (d >= 0 && i - d <= 8 && (toks[d]!.pos === 'ADJ' || toks[d]!.pos === 'NOUN' || toks[d]!.pos === 'PROPN' || toks[d]!.text === '-' || toks[d - 1]?.text === '-')) d--;
    // (… and the phrase opens its clause: "for the agency, Maria Santos," is no apposition.)
    const opener = toks[d - 1];
    if (d >= 0 && /^(?:a|an|the)$/.test(toks[d]!.lower) && (!opener || opener.sentence !== toks[d]!.sentence || opener.pos === 'PUNCT')) return 'organization';
  }
  if (toks[j]?.text !== ',' || toks[j + 1]?.sentence !== toks[i]!.sentence) return null;
  const w = toks[j + 1]!.lower;
  // ("X, who …" says nothing: in "the president of the Foundation for Middle East Peace, who …" it is the president.)
  if (w === 'which') return 'organization';
  // ("Ebonyx, one of Nigeria's fastest-growing cryptocurrency exchanges,": one of a kind of institution.)
  if (w === 'one' && toks[j + 2]?.lower === 'of') {
    let head = '';
    // (A possessor is no head: "one of the site's best-known journalists" are journalists.)
    // (Through compounds, whatever their parts' tags: "fastest-growing".)
    for (let n = j + 3; n < Math.min(toks.length, j + 14) && toks[n]!.text !== ',' && ((toks[n]!.pos !== 'VERB' && toks[n]!.pos !== 'AUX') || toks[n - 1]!.text === '-'); n++) {
      if (toks[n]!.text === '-' || toks[n - 1]!.text === '-') continue;
      if (toks[n]!.pos === 'NOUN') head = toks[n]!.lower;
      else if (/^['’]s?$/.test(toks[n]!.text)) head = '';
    }
    if (head && INSTITUTION_APPOSITION.has(singularOf(head))) return 'organization';
  }
  if (w !== 'a' && w !== 'an' && w !== 'the') return null;
  // ("Rahima, a 24-year-old sewing operator": an age says a person, whatever the noun that follows; not after "the",
  // which no person's name takes: "the Aster Bay, a 20-year-old crude carrier".)
  if (toks[j + 2] && /^\d+$/.test(toks[j + 2]!.text) && toks.slice(j + 3, j + 8).some((t) => t.lower === 'old')) {
    return toks[i - 1]?.lower !== 'the' && (j === i + 1 || toks.slice(i, j).every((t) => t.pos === 'PROPN')) ? 'person' : null;
  }
  // The apposition's head: its last noun before a comma, a verb or a preposition, within a few words.
  const { head, prevHead } = appositionHead(toks, j + 1)!;
  // (A job at a place of work is a person's: "Matías Ledesma, a boning-line operator at Frigorífico
  // Pampa Sur", though "operator" may name a company.)
  if (head && !headAtWork(toks, j + 2, head) && (INSTITUTION_APPOSITION.has(head) || (head === 'house' && HOUSES.test(prevHead ?? '')))) return 'organization';
  // "Amina, a woman from Eritrea", "Samir, a 27-year-old from Syria": a person described.
  if (head && j === i + 1 && HUMAN_NOUNS.has(head)) return 'person';
  return null;
}

/**
 * Whether the words before token i say a person gives the name as theirs: "who gave his name only as
 * Ali", "identified himself as Karim", "asked to be identified only as Samir", "gave only her first
 * name, Leila". (A lone unknown word is otherwise taken for an institution's name.)
 */
function givenNameBefore(toks: Token[], i: number): boolean {
  const w = (k: number) => toks[k]?.lower ?? '';
  // "… first name, Leila", "… given name, Leila".
  if (w(i - 1) === ',' && w(i - 2) === 'name' && (w(i - 3) === 'first' || w(i - 3) === 'given')) return true;
  if (w(i - 1) !== 'as') return false;
  let k = i - 2;
  if (w(k) === 'only') k--;
  // "gave his name (only) as", "identified himself (only) as", "(asked to be) identified (only) as".
  if (w(k) === 'name') return /^(?:his|her|their)$/.test(w(k - 1)) || /^(?:his|her|their)$/.test(w(k - 2));
  if (/^(?:himself|herself|themselves)$/.test(w(k))) k--;
  return w(k) === 'identified' && (/^(?:himself|herself|themselves)$/.test(w(k + 1)) || (w(k - 1) === 'be' && w(k - 2) === 'to'));
}

/**
 * An institution's common noun right before the name: "the newspaper Haaretz", "the Copenhagen daily
 * Kystposten" ("daily" may be read as an adjective), "the drugmaker Novaris", "the trading house Sanwa Shoji".
 */
function afterInstitutionNoun(toks: Token[], i: number): boolean {
  // ("a group calling itself Ashfall": what the group calls itself.)
  if (namingWords(toks, i - 2) === 2 && toks[i - 2]!.lower === 'calling' && INSTITUTION_APPOSITION.has(toks[i - 3]?.lower ?? '')) return true;
  // ("a Telegram channel called Sevan Frontline", "a page named …", "a group known as …": its name.)
  const naming = toks[i - 1]?.lower === 'as' && toks[i - 2]?.lower === 'known' ? i - 2 : /^(?:called|named)$/.test(toks[i - 1]?.lower ?? '') ? i - 1 : -1;
  if (naming > 0 && INSTITUTION_APPOSITION.has(toks[naming - 1]?.lower ?? '') && toks[naming - 1]!.pos === 'NOUN') return true;
  const prev = toks[i - 1];
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'ADJ')) return false;
  return INSTITUTION_APPOSITION.has(prev.lower) || prev.lower.endsWith('maker') || (prev.lower === 'house' && HOUSES.test(toks[i - 2]?.lower ?? ''));
}

/** Whether the apposition starting at token `k` has its head right before "at", within its first words. */
function headAtWork(toks: Token[], k: number, head: string): boolean {
  for (let n = k; n < Math.min(toks.length, k + 8); n++) {
    if (toks[n]!.lower === 'at') return toks[n - 1]!.lower === head;
    if (toks[n]!.text === ',') return false;
  }
  return false;
}

/** Trades whose firms are "houses": "a Tokyo-based trading house". */
const HOUSES = /^(?:trading|publishing|fashion|auction|brokerage|investment)$/;

/**
 * "Armenia's Defence Ministry", "Russia's Foreign Ministry": a state body named after its country's
 * possessive keeps the country in its name, so the two sides' ministries of one article stay two.
 */
function withCountry(doc: Doc, c: Candidate, i: number): Candidate {
  const toks = doc.tokens;
  const poss = toks[i - 1];
  if (!poss || (poss.lower !== "'s" && poss.lower !== '’s') || poss.start !== toks[i - 2]?.end) return c;
  // The country: one or two capitalised words before the possessive ("Armenia's", "South Korea's").
  let a = i - 2;
  if (a - 1 >= 0 && /^\p{Lu}/u.test(toks[a - 1]!.text) && isCountryName(`${toks[a - 1]!.text} ${toks[a]!.text}`)) a--;
  const country = doc.text.slice(toks[a]!.start, toks[i - 2]!.end);
  if (!isCountryName(country)) return c;
  const words = c.name.toLowerCase().split(/\s+/);
  if (!words.some((w) => STATE_BODY_WORDS.has(w))) return c;
  const name = doc.text.slice(toks[a]!.start, c.span.end);
  return { ...c, name, span: { start: toks[a]!.start, end: c.span.end }, key: `organization:${name.toLowerCase()}` };
}

/** Words of the names of a state's bodies. */
const STATE_BODY_WORDS = new Set([...GOVERNMENT_BODIES, 'defence', 'defense', 'foreign', 'interior', 'guard', 'services', 'command', 'forces', 'parliament']);

/** False when `s` surely does not end in white space: its last character is ASCII and no space, tab or line break. */
function mayEndInSpace(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return !(c < 128 && c !== 32 && (c < 9 || c > 13));
}

function addNumeric(doc: Doc, numeric: Figure[], found: Candidate[]): void {
  for (const n of numeric) {
    let start = n.start;
    // "more than 10,000": the bound is part of the figure a reader compares.
    const before = doc.text.slice(Math.max(0, start - 20), start);
    // (The pattern ends in white space: a figure right after a letter or a sign skips the regex.)
    const m = n.type === 'quantity' && mayEndInSpace(before) ? QUANTITY_PREFIX.exec(before) : null;
    if (m) start -= m[0].length;
    const name = doc.text.slice(start, n.end);
    found.push({ type: n.type, name, span: { start, end: n.end }, key: `${n.type}:${name.toLowerCase()}` });
  }
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 48 && c <= 57) return true; }
  return false;
}

function addEquipment(doc: Doc, found: Candidate[]): void {
  for (const t of doc.tokens) {
    const c = t.text.charCodeAt(0);
    // (Designators have a digit: most capitalised words are turned away without the regex.)
    if (c < 65 || c > 90 || !hasDigit(t.text) || !DESIGNATOR.test(t.text)) continue;
    const key = `equipment:${t.lower}`;
    for (let k = found.length - 1; k >= 0; k--) {
      const c = found[k]!;
      if (c.span.start < t.end && t.start < c.span.end && c.type !== 'equipment') found.splice(k, 1);
    }
    found.push({ type: 'equipment', name: t.text, span: { start: t.start, end: t.end }, key });
  }
}

register({ name: 'entities', requires: ['tokenize'], run: entities });
