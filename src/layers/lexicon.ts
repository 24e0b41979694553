/**
 * Word lists the rule-based layers share. Kept in one place so that a reader
 * can see (and extend) every word a heuristic keys on. Lower-case, lemmas
 * where the layer matches lemmas.
 */

import type { Doc } from '../doc/doc.js';
import { startsLowerCase } from '../geo/normalize.js';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/**
 * The words an article writes in lower case somewhere: the texts of its tokens that start with a
 * to z (per document, built on first use). Entities and places both ask it; one set serves both.
 */
export function lowerCaseWords(doc: Doc): Set<string> {
  return lowerCaseSets(doc).words;
}

/**
 * The lower-case forms of the other tokens that start with a lower-case letter: those written
 * in mixed case ("iPhone") or opening with a letter beyond ASCII ("élite"). With lowerCaseWords,
 * every token's lower-case form that starts lower case (places asks that); gathered in the same
 * pass over the tokens.
 */
export function otherLowerCaseWords(doc: Doc): Set<string> {
  return lowerCaseSets(doc).others;
}

function lowerCaseSets(doc: Doc): { words: Set<string>; others: Set<string> } {
  let sets = lowerCache.get(doc);
  if (!sets) {
    sets = { words: new Set(), others: new Set() };
    for (const t of doc.tokens) {
      const c = t.text.charCodeAt(0);
      if (c >= 97 && c <= 122) {
        sets.words.add(t.text);
        if (t.text !== t.lower) sets.others.add(t.lower);
      } else if (c >= 128 && startsLowerCase(t.text)) sets.others.add(t.lower);
    }
    lowerCache.set(doc, sets);
  }
  return sets;
}
const lowerCache = new WeakMap<Doc, { words: Set<string>; others: Set<string> }>();

/** A day of the week, capitalised or not, for building patterns. */
export const WEEKDAY = '(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)';

/** A time is nobody: "Monday night", "this month" taken for the subject of a verb, a participle or a cue. */
export const A_TIME = new RegExp(String.raw`^(?:(?:this|last|next|that|early|late|on)\s+)?(?:${WEEKDAY}|today|yesterday|tomorrow|tonight|night|morning|afternoon|evening|week|weekend|month|year)(?:\s+(?:night|morning|afternoon|evening))?,?$`, 'i');

/** Honorifics, ranks and offices written before a person's name. */
export const NAME_TITLES = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr.
  sen sen. senator rep rep. representative gov gov. governor pres pres. president vice
  gen gen. general lt lt. lieutenant col col. colonel maj maj. major capt capt. captain
  sgt sgt. sergeant cpl cpl. adm adm. admiral cmdr cmdr. cdr cdr. commander brig brig. pvt pvt. commodore
  army navy marine marines air force coast guard corps
  minister secretary ambassador chancellor premier king queen prince princess pope
  judge justice chairman chairwoman chairperson chair mayor speaker leader spokesperson spokesman spokeswoman
  ceo director chief undersecretary brigadier commissioner superintendent inspector sheriff
  bishop archbishop cardinal imam rabbi sheikh
  u daw
`);

/** Last words that make a proper-noun run an organisation. */
export const ORG_HEADS = set(`
  times post journal news herald tribune telegraph guardian gazette chronicle press review magazine
  independent observer examiner courier dispatch mirror enquirer bulletin express lines
  jsc pjsc ojsc llp bhd securities apparel apparels textiles garments foods pharmaceuticals pharma chemicals
  electronics construction engineering cement steel
  daily weekly today network broadcasting radio television tv agency
  department ministry office bureau agency administration commission committee council
  service services authority board institute institution university college school foundation
  association society union federation league party congress senate parliament assembly duma
  court army navy forces force fleet command corps guard police staff
  bank fund group company corporation corp corp. inc inc. ltd ltd. llc co co. holdings
  center centre organization organisation alliance coalition front movement campaign
  watch rights international initiative project trust forum monitor observatory relations
  maritime shipping logistics petroleum industries technologies systems telecom communications pharmaceuticals
  embassy consulate mission church hospital nations cross crescent
  directorate secretariat inspectorate prosecutor's taskforce team unit brigade battalion regiment division
  lab labs laboratory laboratories analytics consultancy partners research studies network room
  mining minerals metals resources petroleum energy motors airlines airways ventures intelligence
  superintendency ombudsman tribunal registry headquarters
  seafood foods farms chemicals electronics pharma software studios
`);

/**
 * Words that name one news outlet wherever they stand, often quoted by the wires: an "Al Jazeera" is
 * no man called Al, and "Kyodo", "Interfax" or "Haaretz" say "medium" as "Reuters" does.
 */
const OUTLET_WORDS = `jazeera arabiya mayadeen ahram haaretz interfax anadolu kyodo nikkei spiegel asahi yomiuri
  dpa irna tasnim ukrinform unian wafa bernama kommersant izvestia vedomosti`;

/** Organisations commonly named without a telling last word. */
export const KNOWN_ORGS = set(`
  pentagon kremlin nato un eu fbi cia nsa nis dhs doj gop imf who wto opec interpol
  reuters afp ap bloomberg bbc cnn nbc abc cbs msnbc fox npr pbs politico axios yonhap tass
  ria xinhua kcna hamas hezbollah taliban isis
  ${OUTLET_WORDS}
`);

/** Nouns that name what a source does ("the spokesperson", "a senior official"). */
export const ROLE_NOUNS = set(`
  councillor councilor councilwoman councilman alderman ombudsman auditor rapporteur rapporteurs
  executive epidemiologist virologist spokesperson spokesman spokeswoman spokespeople official officials minister ministers secretary
  daughter son wife husband sister brother mother father widow fellow
  president vice-president leader leaders ambassador diplomat diplomats envoy general commander
  officer officers colonel lieutenant admiral chief director head chairman chairwoman chairperson chair
  senator lawmaker lawmakers legislator congressman congresswoman governor mayor representative
  undersecretary commissioner superintendent inspector sheriff coordinator mp mps mep
  priest pastor cleric vicar imam nun doctor nurse physician surgeon teacher headteacher farmer headman
  principal engineer architect geologist hydrologist pathologist pharmacologist toxicologist delegate volunteer
  analyst analysts expert experts researcher researchers scholar scholars professor economist
  economists scientist scientists adviser advisers advisor advisors aide aides strategist
  correspondent correspondents reporter reporters journalist journalists editor editors columnist
  influencer influencers vlogger podcaster
  witness witnesses resident residents observer observers insider insiders
  candidate nominee prosecutor prosecutors attorney lawyer lawyers judge investigator investigators
  source sources person people someone anyone
  captain skipper blogger bloggers activist activists campaigner campaigners founder co-founder manager managers
  owner consultant treasurer registrar warden ranger veterinarian midwife paramedic pilot curator rector trustee
`);

/** Source kinds by the words their mentions carry. Checked in this order. */
export const KIND_WORDS: Array<[kind: string, words: Set<string>]> = [
  ['intelligence', set(`intelligence spy spies cia nis nsa mi6 mi5 gru fsb mossad espionage`)],
  ['military', set(`military army navy forces force troops fleet command commander general colonel chiefs
    admiral officer officers soldiers marines corps brigade brigades battalion battalions guard guards`)],
  ['media', set(`times post journal news newspaper paper magazine publication outlet outlets broadcaster
    broadcasters broadcasting network tv television radio herald tribune telegraph guardian gazette
    chronicle reuters afp ap bloomberg bbc cnn nbc abc cbs msnbc fox npr pbs politico axios
    yonhap tass xinhua kcna correspondent correspondents reporter reporters journalist journalists
    editor editors columnist media press ${OUTLET_WORDS}`)],
  ['expert', set(`analyst analysts expert experts researcher researchers scholar scholars professor professors
    economist economists scientist scientists academic academics observers think-tank`)],
  ['government', set(`government governments ministry minister ministers department administration
    embassy consulate agency office official officials spokesperson spokesman spokeswoman kremlin pentagon
    president prime secretary ambassador diplomat diplomats envoy senator lawmaker lawmakers
    legislator congress senate parliament governor mayor authorities authority state cabinet
    regime police prosecutor prosecutors inspectorate superintendency directorate secretariat penitentiary`)],
  ['organization', set(`company companies firm firms corporation shipowner shipowners operator operators
    manufacturer manufacturers insurer insurers airline airlines charity charities ngo group groups team
    campaign campaigns organization organizations organisation organisations union unions board
    party parties consortium institute hospital clinic university foundation association observatory cooperative`)],
  ['document', set(`polls video videos footage speech report statement study survey poll document documents filing filings memo letter
    assessment analysis data records transcript record audit audits dossier screenshot screenshots imagery images photos
    photographs bulletin message messages email emails cable cables minutes preprint preprints
    banner banners poster posters leaflet leaflets flyer flyers`)],
];

/**
 * Role nouns that say what someone does for an organisation, not what kind of
 * organisation it is: "a spokesperson for one large shipowner" speaks for the
 * shipowner, so the words after "for/of/at" type the source first.
 */
export const GENERIC_ROLES = set(`spokesperson spokesman spokeswoman spokespeople representative representatives
  official officials source sources executive executives employee employees member members`);

/** Heads of mentions that name nobody in particular ("sources said", "reports indicate"). */
export const ANONYMOUS_HEADS = set(`
  investigators inspectors prosecutors monitors
  source sources official officials person people someone insider insiders diplomat diplomats officer officers
  report reports analyst analysts expert experts observer observers witness witnesses resident residents
  agencies groups organizations organisations
  aide aides adviser advisers advisors critic critics some others many several
  employee employees worker workers staffer staffers member members inmate inmates prisoner prisoners detainee detainees
  whistleblower whistleblowers shepherd shepherds supervisor supervisors administrator administrators broker brokers
  shipbroker shipbrokers agent agents gunman gunmen kidnapper kidnappers fighter fighters elder elders chief chiefs
  man men woman women villager villagers fisherman fishermen
  commentator commentators pundit pundits blogger bloggers influencer influencers
  media outlets newspapers
`);

/** Words that mark a mention as deliberately unnamed. */
export const ANONYMITY_MARKERS = set(`unnamed anonymous unidentified undisclosed`);

/** Hedges by the certainty they leave a claim with. */
export const POSSIBLE_HEDGES = set(`
  may might could possibly perhaps maybe allegedly reportedly purportedly supposedly apparently
  rumored rumoured unconfirmed unverified alleged purported purports purport speculation speculated
  unlikely doubtful uncertain unclear conceivably ostensibly seemingly
`);
export const PROBABLE_HEDGES = set(`
  likely probably presumably believe believes believed think thinks thought suspect suspects suspected
  expect expects expected estimate estimates estimated indicate indicates indicated suggest suggests
  suggested appear appears appeared seem seems seemed claim claims claimed allege alleges assume
  would should
`);
/**
 * Multi-word hedges, matched on lower-case text, each with words at least one of which any match
 * contains (lower case): a text holding none of them is not scanned with the
 * pattern (see doc/lower-text.ts, mayHoldAny).
 */
export const PHRASE_HEDGES: Array<[RegExp, 'possible' | 'probable', string[]]> = [
  [/\bif true\b/g, 'possible', ['if true']],
  [/\bif any\b/g, 'possible', ['if any']],
  // (… "it's possible", and a quotation opening before the word: it was "possible, though far from proven".)
  // (Not "it's possible to be kind": an ability, not a doubt.)
  [/\bit(?: is|['’]s| was| would be| remains| seems) ["“]?(?:possible|unclear|not clear|plausible|conceivable)\b(?!\s+to\b)/g, 'possible', ['possible', 'unclear', 'not clear', 'plausible', 'conceivable']],
  // "Further slides are possible", "a second strike remains possible".
  [/\b(?:is|are|was|were|remains?|seems?|seemed|be)\s+(?:still\s+|quite\s+|entirely\s+)?(?:possible|conceivable)\b/g, 'possible', ['possible', 'conceivable']],
  // "resembles", "is consistent with": likeness, short of identity.
  [/\b(?:resembles?|resembled|(?:is|are|was|were) consistent with)\b/g, 'probable', ['resembl', 'consistent with']],
  [/\b(?:most|very|more than) likely\b/g, 'probable', ['likely']],
  [/\b(?:almost|nearly|all but) certain(?:ly)?\b/g, 'probable', ['certain']],
  [/\bin all likelihood\b/g, 'probable', ['in all likelihood']],
  [/\baccording to (?:initial|unconfirmed|unverified|early) reports\b/g, 'possible', ['according to']],
  [/\b(?:is|are|was|were) (?:said|believed|reported|thought|understood|rumou?red|alleged) to\b/g, 'probable', ['said to', 'believed to', 'reported to', 'thought to', 'understood to', 'rumored to', 'rumoured to', 'alleged to']],
  // "pays a reported 14 million euros": a figure only reported.
  [/\b(?:a|an) (?:reported|rumou?red)\b/g, 'probable', ['a reported', 'a rumored', 'a rumoured']],
];

export const PRONOUNS = set(`he she they it we i you him her them his their its who which that this these those`);

/**
 * Plurals of trades ("scientists", "physicians", "analysts"): the suffixes
 * name occupations, not families, so a capitalised one opening a sentence is
 * no name, and one that speaks is an unnamed group.
 */
export const TRADE_PLURAL = /^[a-z]+(?:ists|icians|ysts)$/;

/**
 * A fact-check's verdict on what a report says, from its verb: "[The report that X] is false", "… is misleading"
 * (a regular expression's source; the claims stage ends a report's claim before it, the verification stage reads it
 * as a denial).
 */
export const VERDICT_PREDICATE = String.raw`(?:is|are|was|were)\s+(?:also\s+|simply\s+|entirely\s+|completely\s+)?(?:false|untrue|not true|fabricated|baseless|incorrect|wrong|misleading)`;

/** Participles by which a post is put on a platform: "shared on", "circulating on". */
export const SPREAD_PARTICIPLES = new Set(['shared', 'posted', 'circulating', 'circulated', 'spread', 'spreading', 'published', 'uploaded', 'viewed', 'forwarded']);
/** What is shared online and may be quoted as saying something. */
export const ONLINE_ITEMS = new Set(['post', 'video', 'clip', 'message', 'image', 'photo', 'screenshot', 'meme', 'tweet', 'graphic', 'story', 'rumour', 'rumor', 'footage']);

/** Last words of newspapers' names ("Kyiv Independent", "Moscow Times"): an organisation so named is a medium. */
export const MEDIA_TITLES = set(`times post journal news herald tribune telegraph guardian gazette chronicle
  independent observer examiner courier dispatch mirror enquirer bulletin daily weekly
  sentinel standard express star sun globe inquirer register record reporter voice review press fm tv radio
  ledger courant kurier zeitung diario gazeta noticias wire newswire`);

/** Nouns for one individual by circumstance or trade ("a shop owner", "one witness"): such a source is a person. */
export const HUMAN_NOUNS = set(`person candidate nominee owner shopkeeper resident witness woman man mother father son daughter wife husband
  brother sister uncle aunt cousin nephew niece widow widower fiancee fiance
  physician surgeon pharmacist dentist psychiatrist
  farmer teacher doctor nurse driver worker student survivor relative neighbour neighbor passenger victim volunteer
  soldier pilot fisherman villager refugee medic engineer lawyer activist priest imam pastor shopper customer patient
  parent grandmother grandfather teenager boy girl friend colleague eyewitness bystander
  trader vendor seller merchant herder labourer laborer miner employee contractor mechanic photographer
  librarian headteacher headmaster principal caretaker cleaner nurse midwife paramedic firefighter
  councillor councilor resident tenant landlord homeowner commuter motorist cyclist rider crew captain sailor`);

/** Participles by which an outlet relays a source ("documents seen by The Guardian", "emails obtained by Reuters"). */
export const RELAY_PARTICIPLES = set(`seen obtained reviewed viewed leaked cited quoted released published shared`);

/**
 * Things someone makes that then speak for their maker: inquiries whose
 * results are reported ("a review by X found", "the poll shows") and
 * documents ("according to a statement by the ministry"). "<noun> by X" is
 * X's; the source is X.
 */
export const AUTHORED_NOUNS = set(`study review report survey poll analysis investigation audit assessment probe research inquiry
  evaluation examination census estimate test trial experiment statement letter memo filing document documents video speech
  transcript release`);

/** Words that make a rank of a title ("Senior Colonel", "Deputy Minister"): neither a role nor an affiliation of their own. */
export const RANK_MODIFIERS = set(`senior junior deputy vice first chief acting retired former`);

/** Bodies of a state, which news writes in lower case: "foreign ministry spokesperson", "police spokesman". */
export const GOVERNMENT_BODIES = set(`ministry department office agency commission committee council service authority
  board bureau administration police army navy guard force fleet prosecutor prosecutor's embassy cabinet government`);

/** Common nouns for bodies that speak ("a parents' association said", "the group says"), beside people and offices. */
export const SPEAKING_BODIES = set(`association group union committee council agency ministry department office government
  company firm organisation organization network coalition campaign charity newspaper website broadcaster`);

/** A plural noun's singular, well enough for lexicon look-ups ("activists", "residents", "fishermen", "authorities"). */
export const singularOf = (w: string): string => w.replace(/ies$/, 'y').replace(/men$/, 'man').replace(/s$/, '');
/** Households that speak as one ("her family said", "the victims' families"). */
export const HOUSEHOLDS = new Set(['family', 'families', 'household', 'households']);
/** A plural noun, as singularOf reads one: "residents", "fishermen". */
export const isPlural = (w: string): boolean => w.endsWith('s') || w.endsWith('men');

/** Words for a medium that may stand before its name, or head an apposition after it. */
/** Words that negate what follows or what they stand in: "did not say", "no teacher", "never", "neither … nor". */
export const NEGATION_WORDS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);

export const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'paper', 'tabloid', 'broadcaster', 'channel', 'station', 'magazine', 'outlet', 'website', 'news',
  'site', 'publication', 'newsletter', 'portal', 'blog', 'podcast', 'newswire', 'broadsheet']);

/**
 * Things that carry a claim of their own, by kind: the nouns of a kind name the same thing ("a hospital
 * admission record … the document"). The verification layer finds what "the footage" shows by them,
 * the sources layer what "appears to show" something.
 */
const CARRIER_KINDS: string[][] = [
  // (A report named before "the document" is one: "an inspection report it had obtained … the document's authenticity".)
  // ("their contents": of documents.)
  ['document', 'record', 'memo', 'memorandum', 'letter', 'file', 'email', 'e-mail', 'report', 'content'],
  ['video', 'footage', 'clip', 'recording', 'audio', 'tape'],
  ['image', 'imagery', 'photo', 'photograph', 'picture', 'screenshot'],
  ['post', 'message'],
  ['data', 'figure', 'analysis', 'map'],
];
/** Each carrier noun (singular) with the nouns of its kind. */
export const CARRIER_KIND = new Map(CARRIER_KINDS.flatMap((k) => k.map((w) => [w, k] as const)));
/** Whether a word ("images", "footage", "data") names such a thing. */
export const isCarrierNoun = (w: string): boolean => CARRIER_KIND.has(w) || CARRIER_KIND.has(singularOf(w));

/** Participles after a hyphen that say who stands behind an institution, not what it is ("army-backed", "Kremlin-linked"). */
export const BACKING_PARTICIPLES = new Set(['backed', 'led', 'run', 'linked', 'aligned', 'allied', 'funded', 'affiliated', 'controlled', 'owned',
  'sponsored', 'supported', 'dominated', 'financed']);
/** Participles that make an adjective after a noun and a hyphen ("Cairo-based", "state-run", "Kremlin-backed"). */
export const HYPHENED_PARTICIPLES = new Set([...BACKING_PARTICIPLES, 'based', 'born', 'operated', 'registered', 'headquartered']);
