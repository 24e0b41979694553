/**
 * Source typing: kind, anonymity, role and affiliation from the words of a
 * mention ("U.S. Defense Department spokesperson Army Lt. Col. Charlie
 * Dietz", "two unnamed officials", "internal documents seen by The
 * Guardian"). Resolution (which source a mention names) is sources.ts's job.
 */
import type { Doc, SourceKind, Token } from '../doc/doc.js';
import { countryOfDemonym } from '../geo/gazetteer.js';
import { opensSentence } from '../nlp/phrases.js';
import {
  ANONYMITY_MARKERS, ANONYMOUS_HEADS, BACKING_PARTICIPLES, GENERIC_ROLES, GOVERNMENT_BODIES, HOUSEHOLDS, HUMAN_NOUNS, isPlural, KIND_WORDS, MEDIA_TITLES, NAME_TITLES, ORG_HEADS, RANK_MODIFIERS, ROLE_NOUNS, TRADE_PLURAL, singularOf,
} from './lexicon.js';

/** Lower-case words inside an office's capitalised complement: "Minister of Irrigation and Water Resources". */
const OFFICE_CONNECTORS = new Set(['and', 'of', '&']);
/** "volcanologists", "epidemiologist", "analysts": trades of people who study things for a living. */
const CIVIL_GENERALS = new Set(['attorney', 'attorneys', 'surgeon', 'inspector', 'secretary', 'solicitor', 'auditor', 'accountant', 'consul', 'director', 'directorate', 'postmaster',
  'prosecutor', 'procurator', 'comptroller']);
/** Civil bodies "General" may open the name of: "General Directorate", "General Secretariat". */
const CIVIL_BODIES = new Set(['directorate', 'secretariat', 'administration', 'department', 'office', 'inspectorate', 'assembly', 'council']);
const SCIENCE_TRADE = /^[a-z]+(?:ologists?|ysts?)$/;

/** What a council governs when it is a state body: "the city council", "a district council". */
const LOCAL_BODIES = new Set(['city', 'town', 'county', 'municipal', 'district', 'village', 'provincial', 'regional', 'borough', 'parish', 'state',
  'locality', 'local', 'community', 'ward', 'commune', 'municipality', 'prefectural', 'governorate']);
/** Kinds of source that are institutions: unnamed ("a local television channel"), they are anonymous. */
const INSTITUTION_KINDS = new Set(['media', 'government', 'military', 'intelligence', 'organization']);
/** Online voices counted like people: "several Facebook pages", "dozens of accounts". */
const ONLINE_VOICES = new Set(['pages', 'accounts', 'users', 'posts', 'channels', 'blogs', 'bloggers', 'influencers', 'websites', 'sites']);
/** Words that count a group: "several", "some", "two". */
const QUANTIFIERS_BEFORE = /^(?:several|some|many|multiple|numerous|various|few|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores)$/;
/** A plural of people by trade with no name ("brokers", "scientists", "volcanologists") is as unnamed as "officials". */
const UNNAMED_PEOPLE = /^[a-z]+(?:ers|ors|ists|ysts)$/;
/** …but machines and papers are no people ("helicopters said" is a tagging error, not an anonymous source). */
const MACHINES = /(?:copters|liners|tankers|computers|papers|numbers|others|letters|centers|containers|headquarters|doors|floors|errors|sectors|factors|colors|motors|mirrors|corridors|vectors)$/;

/** "One shop owner", "a witness": one unnamed individual is a person (and "she" may refer to them). */
function singularHuman(toks: Token[]): boolean {
  // (Not a participle inside a compound: "A Singapore-based crude trader".)
  const stop = toks.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || (t.pos === 'VERB' && toks[i - 1]!.text !== '-')));
  const core = stop > 0 ? toks.slice(0, stop) : toks;
  const head = [...core].reverse().find((t) => t.pos === 'NOUN');
  // "the ship's owner" is a company: an owner *of* something named is no individual.
  if (core.some((t) => t.lower === "'s" || t.lower === '’s')) return false;
  return !!head && HUMAN_NOUNS.has(head.lower);
}

/**
 * "Relatives of two other detained reporters", "Residents of the two villages": people of a kind, named before what
 * they are of (the words after the preposition say whose, not what they are).
 */
function pluralHumanHead(toks: Token[]): boolean {
  const of = toks.findIndex((t, i) => i > 0 && t.pos === 'ADP');
  if (of < 1) return false;
  const head = toks[of - 1]!;
  return isPlural(head.lower) && HUMAN_NOUNS.has(singularOf(head.lower)) && toks.slice(0, of - 1).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM');
}

/** Words before a role that make its holder a company's ("a company spokeswoman"). */
const COMPANY_MODIFIERS = new Set(['company', 'firm', 'corporate', 'airline', 'hospital', 'operator', 'manufacturer', 'insurer', 'platform']);

/** People whose word alone makes them the military's. */
const SOLDIERS = new Set(['soldier', 'soldiers']);

/** Services whose officers are civil servants. */
const CIVIL_SERVICES = new Set(['customs', 'police', 'border', 'prison', 'immigration', 'tax', 'court', 'forestry', 'coast', 'fire', 'election', 'health']);


/** Last words of names of bodies of any kind: their other words say what they study or defend, not what they are. */
const GENERIC_ORG_HEADS = new Set(['institute', 'institution', 'foundation', 'association', 'society', 'union', 'federation', 'league',
  'center', 'centre', 'council', 'coalition', 'alliance', 'initiative', 'project', 'trust', 'forum', 'network', 'fund', 'committee',
  // ("Human Rights Watch", "South Caucasus Press Watch": watchdogs; "Free Press Observatory", "Syrian Observatory for
  // Human Rights": monitors.)
  'watch', 'observatory', 'monitor']);

/**
 * What a named organisation's own words say it is: media, military,
 * intelligence or government ("Associated Press", "Congressional Budget
 * Office"), but not "document" or "expert" ("Institute for the Study of War").
 */
function orgKind(orgName: string): SourceKind | undefined {
  const words = orgName.toLowerCase().split(/\s+/);
  // The head decides first: the "International Press Freedom Institute" is an institute, not the press.
  if (GENERIC_ORG_HEADS.has(words[words.length - 1]!)) return undefined;
  const k = firstKind(words);
  return k === 'document' || k === 'expert' ? undefined : k;
}

/**
 * For each word of KIND_WORDS, the index of the first kind whose words hold it: the kind of a
 * list of words, the first kind (in KIND_WORDS order) with any of its words, is then the least
 * such index over the words, one lookup per word instead of one per word and kind.
 */
const FIRST_KIND = new Map<string, number>();
KIND_WORDS.forEach(([, set], k) => { for (const w of set) if (!FIRST_KIND.has(w)) FIRST_KIND.set(w, k); });

/** The first kind of KIND_WORDS any of `ws` belongs to (`skip`: words not to count). */
function firstKind(ws: string[], skip?: (w: string, i: number) => boolean): SourceKind | undefined {
  let best = KIND_WORDS.length;
  for (let i = 0; i < ws.length; i++) {
    // ("Internal Security Agency", "the SBU security service": a security service spies; a cyber-security agency guards networks.)
    // (… as does an information-security one: "National Cyber and Information Security Agency".)
    if (ws[i] === 'security' && ws[i - 1] !== 'cyber' && ws[i - 1] !== 'information' && !(ws[i - 1] === '-' && ws[i - 2] === 'cyber') && SECURITY_BODIES.has(ws[i + 1] ?? '') && !skip?.(ws[i]!, i)) return 'intelligence';
    const k = FIRST_KIND.get(ws[i]!);
    if (k !== undefined && k < best && !skip?.(ws[i]!, i)) best = k;
  }
  return best < KIND_WORDS.length ? KIND_WORDS[best]![0] as SourceKind : undefined;
}
const SECURITY_BODIES = new Set(['service', 'services', 'agency', 'bureau', 'police', 'directorate']);
/** A body's own words, not a document it wrote: "a police statement", "a ministry message". */
const BODY_SPEAKING = new Set(['statement', 'statements', 'speech', 'message', 'messages', 'bulletin', 'email', 'emails']);
/** Words a town's government is formally named by: "City of Malmö", "Municipality of Tirana". */
const MUNICIPAL = new Set(['city', 'town', 'municipality', 'borough', 'village', 'county']);

/** Words that open a newspaper's or a station's title in Spanish, Portuguese, Italian and French. */
const MEDIA_TITLES_FIRST = new Set(['diario', 'periódico', 'periodico', 'gazeta', 'gazzetta', 'corriere', 'jornal', 'revista', 'radio', 'rádio', 'voce', 'journal']);

/** Heads of bodies that are the state's when a place or the nation names them. */
const PUBLIC_BODY_WORDS = new Set(['council', 'commission', 'committee', 'service']);
/** Heads of a state's executive bodies, the state's when a state word names them: "National Security Agency". */
const STATE_AGENCY_HEADS = new Set(['agency', 'authority', 'directorate', 'administration']);
/** Words that make a body the state's whatever else names it: "National", "County". */
const STATE_WORDS = new Set(['national', 'state', 'federal', 'county', 'city', 'municipal', 'district', 'regional', 'provincial', 'voivodeship', 'borough', 'parish',
  'election', 'electoral']);

/** Words for the nation a body serves, opening its name. */
const NATION_WORDS = new Set(['national', 'federal', 'state']);

/** Whether an organisation's name is that of a public body: a council, commission or committee of a place or of the state. */
function stateBodyName(doc: Doc, orgName: string): boolean {
  // (A possessive names its owner: "Moldova's Central Electoral Commission".)
  const words = orgName.split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  // (Before "for" or "on", the body's own name: "National Committee for Disaster Management".)
  const stop = words.findIndex((w) => /^(?:for|on|of|to)$/i.test(w));
  const own = stop > 0 ? words.slice(0, stop) : words;
  // (… or an agency, an authority, a directorate or an administration, and an organisation with its field before it:
  // "National Disaster Management Organisation", not "National Organization for Women".)
  const head = own[own.length - 1]?.toLowerCase() ?? '';
  // (… and a national centre with its field: "National Cyber Security Centre", "National Hurricane Center"; not
  // "National Center for Missing …", nor a "Regional Trauma Centre", a hospital.)
  const nationalCentre = (head === 'centre' || head === 'center') && own.length >= 3 && NATION_WORDS.has(own[0]!.toLowerCase());
  const body = own.some((w) => PUBLIC_BODY_WORDS.has(w.toLowerCase())) || STATE_AGENCY_HEADS.has(head) || ((head === 'organisation' || head === 'organization') && own.length >= 4) || nationalCentre;
  if (!body) return false;
  if (own.some((w) => STATE_WORDS.has(w.toLowerCase()))) return true;
  // (A place's name as whole words: "Russian Civic Exile Council" is not named for Russia.)
  return doc.entities.some((e) => {
    if (e.type !== 'place' || e.name.length <= 2) return false;
    const n = e.name.split(' ').length;
    return own.some((_, i) => own.slice(i, i + n).join(' ') === e.name);
  });
}


/** A word without its abbreviation's dot ("Lt." → "lt"): `w.replace(/\.$/, '')` without a regex. */
export const withoutFinalDot = (w: string): string => (w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);

/** The words of a place a "-based" follows ("Los Angeles" of "a Los Angeles-based attorney"): where, not whom, one works. */
export function basedPlace(toks: Token[]): Set<Token> {
  const out = new Set<Token>();
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k + 1]!.text !== '-' || !/^based$/i.test(toks[k + 2]!.text)) continue;
    for (let p = k; p >= 0 && /^\p{Lu}/u.test(toks[p]!.text); p--) out.add(toks[p]!);
  }
  return out;
}

export interface Typed { kind: SourceKind; anonymous: boolean; role?: string; affiliation?: string }

/** Kind, anonymity, role and affiliation from the words of a mention. */
export function typeMention(doc: Doc, toks: Token[], personName?: string, orgName?: string, placeName?: string): Typed {
  const lowers = toks.map((t) => withoutFinalDot(t.lower));
  const words = new Set(lowers);
  let kind: SourceKind = 'unspecified';
  // "a spokesperson for one large Greek shipowner": a generic role followed by
  // whom it serves takes its kind from that complement when the complement says.
  const ofAt = toks.findIndex((t, i) => i > 0 && t.pos === 'ADP' && GENERIC_ROLES.has(lowers[i - 1]!));
  const complement = ofAt > 0 ? lowers.slice(ofAt + 1) : [];
  // "attorney general", "inspector general": an office, not a general.
  // (… nor "General Directorate of Water Management", a civil body's name.)
  const kindOf = (ws: string[]) => firstKind(ws, (w, i) => w === 'general' && (CIVIL_GENERALS.has(ws[i - 1] ?? '') || CIVIL_BODIES.has(ws[i + 1] ?? '')));
  if (personName) kind = 'person';
  // (Soldiers are people of the military: "Soldiers in Niger said", as "Soldiers said".)
  // ("her family", "the victims' families": people, unnamed.)
  else if (singularHuman(toks) || pluralHumanHead(toks) || HOUSEHOLDS.has(toks[toks.length - 1]?.lower ?? '')) kind = toks.some((t) => SOLDIERS.has(t.lower)) ? 'military' : 'person';
  else {
    // The words before any preposition or participle first: "internal documents
    // seen by The Guardian" are documents, "analysts at the bank" experts.
    // (Not a participle inside a compound: "Russia's state-run RusInform news agency".)
    const stop = toks.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || (t.pos === 'VERB' && toks[i - 1]!.text !== '-')));
    // (Not who backs or runs it: "Sudan's army-backed government" is a government, "a Kremlin-linked channel" media.)
    const core = (stop > 0 ? lowers.slice(0, stop) : lowers).filter((_, i) => !(toks[i + 1]?.text === '-' && BACKING_PARTICIPLES.has(toks[i + 2]?.lower ?? '')));
    // (Words inside a named organisation's name describe nothing: "Institute for the Study of War".)
    // (A named body of a generic kind is an organisation whatever its other words: "Oslo Free Speech Institute".)
    const orgHead = orgName?.toLowerCase().split(/\s+/).pop() ?? '';
    const genericOrg = !!orgName && GENERIC_ORG_HEADS.has(orgHead);
    // (A paper's title is a medium whatever its other words: "Tanker Intelligence Weekly", "Defense News".)
    // (… or a title in another language, which opens with it: "Diario del Noreste", "Corriere della Sera".)
    const titled = !!orgName && orgName.includes(' ') && (MEDIA_TITLES.has(orgHead) || MEDIA_TITLES_FIRST.has(orgName.split(/\s+/)[0]!.toLowerCase()));
    // (A name, then the medium it is: "the Global New Light of Myanmar newspaper".)
    // (The noun right after the name, in lower case: not "exit polls conducted for the Associated Press".)
    const last = toks[toks.length - 1];
    const mediumAfterName = !!orgName && !!last && toks.length > 1 && /^\p{Ll}/u.test(last.text) && lowers[lowers.length - 2] === orgHead
      && kindOf(lowers.slice(-1)) === 'media';
    // (A mention that is only an organisation's name is no document for a word inside the name: "National
    // Audit Commission"; "FEC filings" are, and so may be a name that ends in one, "Hurun Report".)
    const coreKind = kindOf(core);
    const nameWords = orgName?.toLowerCase().split(/\s+/) ?? [];
    const onlyName = nameWords.length >= 2 && kindOf([nameWords[nameWords.length - 1]!]) !== 'document' && lowers.every((w) => nameWords.includes(w) || w === 'the');
    kind = kindOf(complement) ?? (genericOrg ? 'organization' : titled || mediumAfterName ? 'media' : undefined) ?? (onlyName && coreKind === 'document' ? undefined : coreKind) ?? (orgName ? orgKind(orgName) : kindOf(lowers))
      ?? (lowers.some((w, i) => w === 'think' && (lowers[i + 1] === 'tank' || lowers[i + 1] === 'tanks')) ? 'expert' : undefined)
      ?? (lowers.some((w) => SCIENCE_TRADE.test(w)) ? 'expert' : core.some((w) => w.endsWith('maker')) ? 'organization' : 'unspecified');
    if (kind === 'unspecified' && orgName) kind = MEDIA_TITLES.has(orgHead) ? 'media' : 'organization';
    // ("Operation Atalanta said": a military operation speaks as the force that runs it.)
    if (kind === 'organization' && orgName && /^Operation\s/.test(orgName)) kind = 'military';
    // A body of many states is no government: "International Atomic Energy Agency", "International Testing Agency".
    if (kind === 'government' && orgName && /^international\s/i.test(orgName)) kind = 'organization';
    // "a preliminary police report", "a government assessment": what a body wrote, its head a document's noun.
    // (Not what it says: "a police statement" is the police speaking.)
    if ((kind === 'government' || kind === 'organization') && !orgName && core.length > 1 && kindOf(core.slice(-1)) === 'document'
      && !BODY_SPEAKING.has(core[core.length - 1]!)) kind = 'document';
    // "the presidential press office", "the ministry's press service": a government's spokesmen, not the press.
    if (kind === 'media' && !orgName && lowers.some((w, i) => w === 'press' && /^(?:office|service|secretary|officer|department|centre|center)$/.test(lowers[i + 1] ?? ''))) kind = 'government';
    // "Sri Lanka's central bank", "the city council": state bodies named by common nouns.
    if ((kind === 'unspecified' || kind === 'organization') && lowers.some((w, i) => (w === 'bank' && lowers[i - 1] === 'central')
      || (w === 'council' && LOCAL_BODIES.has(lowers[i - 1] ?? '')))) kind = 'government';
    // "The City of Malmö", "the Municipality of Tirana": a town's government by its formal name (the
    // whole mention: "City of God director" is someone else).
    const lead = lowers[0] === 'the' ? 1 : 0;
    if ((kind === 'unspecified' || kind === 'organization') && MUNICIPAL.has(lowers[lead] ?? '') && lowers[lead + 1] === 'of' && toks.length > lead + 2
      && toks.slice(lead).every((t, i) => i === 1 || /^\p{Lu}/u.test(t.text))) kind = 'government';
    // ("the fire service", "the county fire brigade": the state's firefighters.)
    if ((kind === 'unspecified' || kind === 'organization') && lowers.some((w, i) => w === 'fire' && /^(?:service|brigade|department|authority)$/.test(lowers[i + 1] ?? ''))) kind = 'government';
    // A country that speaks is its government ("Ukraine announced …").
    if (kind === 'unspecified' && placeName) kind = 'government';
    // "Shropshire Council", "Greene County Commission", "Cambodia's National Committee for Disaster
    // Management": a council, commission or committee named for a place or the nation is a state body.
    if ((kind === 'unspecified' || kind === 'organization') && orgName && !/^international\s/i.test(orgName) && stateBodyName(doc, orgName)) kind = 'government';
  }
  // The head noun: the last noun before any prepositional phrase ("reports from multiple sources").
  // (… or a relative clause: "analysts who reviewed the images".)
  const firstAdp = toks.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || /^(?:who|which|that)$/.test(t.lower)));
  const core = firstAdp > 0 ? toks.slice(0, firstAdp) : toks;
  const headTok = [...core].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  // (wink may tag a plural head as a verb: "reports from multiple sources".)
  const head = headTok?.lower ?? core[core.length - 1]?.lower ?? '';
  const unnamedGroup = [...words].some((w) => ANONYMITY_MARKERS.has(w)) || ANONYMOUS_HEADS.has(head)
    || (headTok?.pos === 'NOUN' && UNNAMED_PEOPLE.test(head) && !MACHINES.test(head)) || TRADE_PLURAL.test(head);
  // (A head inside the name names nobody unnamed: the "Joint Chiefs of Staff".)
  // (… unless the name opens with it: "Residents of Batken" is a description taken for a name.)
  const orgWords = orgName?.toLowerCase().split(/\s+/) ?? [];
  const namedOrg = !!orgName && kind !== 'unspecified' && (!ANONYMOUS_HEADS.has(head) || (orgWords.includes(head) && orgWords[0] !== head));
  // A person typed from a common noun ("one shop owner") is unnamed, so anonymous.
  // "exiled activists", "residents", "relatives of victims": people, if unnamed.
  // ("two AlmatyGrid employees": people, though a company's name qualifies them.)
  // (… or such a noun opening its sentence, which the tagger may read as a name: "Parents gathered outside the school said".)
  const commonHead = headTok?.pos === 'NOUN' || (!!headTok && headTok.pos === 'PROPN' && toks.length === 1 && !personName && !orgName && !placeName
    && opensSentence(doc, doc.tokenAt(headTok.start)));
  if ((kind === 'unspecified' || (kind === 'organization' && !personName)) && commonHead && isPlural(head) && HUMAN_NOUNS.has(singularOf(head))) kind = 'person';
  // "a customs officer", "a police officer": civil servants, not soldiers.
  if (kind === 'military' && !orgName && [...words].some((w) => CIVIL_SERVICES.has(w)) && (head === 'officer' || head === 'officers')) kind = 'government';
  // "a company spokeswoman", "an airline official": whom the role speaks for, named before it, not the state.
  if (kind === 'government' && !orgName && !placeName && GENERIC_ROLES.has(head) && lowers.some((w) => COMPANY_MODIFIERS.has(w))) kind = 'organization';
  // "a local television channel", "an intelligence agency": an institution left unnamed.
  const indefinite = !orgName && !placeName && INSTITUTION_KINDS.has(kind) && /^(?:a|an|another)$/.test(toks[0]?.lower ?? '')
    && !toks.some((t) => t.pos === 'PROPN');
  // "Several Facebook pages", "two Western diplomats": a counted group, its members unnamed.
  // (Not outlets or institutions: "Several Taiwanese television stations" are on the record.)
  const counted = (kind === 'unspecified' || kind === 'person') && QUANTIFIERS_BEFORE.test(toks[0]?.lower ?? '') && headTok?.pos === 'NOUN'
    && headTok !== toks[0] && isPlural(head) && (HUMAN_NOUNS.has(singularOf(head)) || ROLE_NOUNS.has(head) || ONLINE_VOICES.has(head));
  const anonymous = !personName && (kind === 'person' || (!namedOrg && (unnamedGroup || counted)) || indefinite);

  const out: Typed = { kind, anonymous };
  // Role: the words before a person's name up to the last role noun
  // ("U.S. Defense Department spokesperson Army Lt. Col. Charlie Dietz").
  let roleEnd = -1;
  const nameStart = personName ? toks.findIndex((t) => personName.startsWith(t.text) && !NAME_TITLES.has(t.lower)) : toks.length;
  for (let i = 0; i < (nameStart < 0 ? toks.length : nameStart); i++) if (ROLE_NOUNS.has(toks[i]!.lower)) roleEnd = i;
  // "A coast guard spokesman, Commander Luca Ferraresi": the role is before the comma; the title after
  // it is only how the name is addressed.
  const comma = roleEnd > 0 ? toks.slice(0, roleEnd).map((t) => t.text).lastIndexOf(',') : -1;
  if (comma > 0 && toks.slice(comma + 1, roleEnd + 1).every((t) => NAME_TITLES.has(t.lower) || t.text === '.')) {
    for (let i = comma - 1; i >= 0; i--) if (ROLE_NOUNS.has(toks[i]!.lower)) { roleEnd = i; break; }
  }
  if (roleEnd >= 0) {
    // "Secretary of State Hillary Clinton": the office's complement is part of the role.
    const end = nameStart < 0 ? toks.length : nameStart;
    let officeEnd = (toks[roleEnd + 1]?.lower === 'of' || toks[roleEnd + 1]?.lower === 'for') && roleEnd + 2 < end
      && toks.slice(roleEnd + 2, end).every((t) => /^[A-Z]/.test(t.text)) ? end - 1 : roleEnd;
    // ("Sudan's Minister of Irrigation and Water Resources, Hassan Omar al-Tayeb": a minister's field, with its inner
    // connectors, up to the comma before the name; it names the ministry, see sources.ts's completeOffice.)
    const fieldEnd = personName && toks[end - 1]?.text === ',' ? end - 1 : end;
    const field = toks.slice(roleEnd + 2, fieldEnd);
    if (officeEnd === roleEnd && toks[roleEnd]!.lower === 'minister' && (toks[roleEnd + 1]?.lower === 'of' || toks[roleEnd + 1]?.lower === 'for') && field.length
      && field.every((t) => /^[A-Z]/.test(t.text) || OFFICE_CONNECTORS.has(t.lower)) && /^[A-Z]/.test(field[0]!.text) && /^[A-Z]/.test(field[field.length - 1]!.text)) officeEnd = fieldEnd - 1;
    let roleStart = 0;
    while (roleStart < roleEnd && /^(?:the|a|an)$/.test(toks[roleStart]!.lower)) roleStart++;
    // (The office starts after the phrase that leads to it: "a report released Thursday by County Auditor Priya Lindgren".)
    // ("by" only: "of" and "for" are inside offices, "Ministry of Health spokesperson", "spokeswoman for …", and a
    // participle qualifies one, "managing director", "Trump's newly installed campaign chief".)
    for (let k = roleEnd - 1; k > roleStart; k--) if (toks[k]!.lower === 'by') { roleStart = k + 1; break; }
    out.role = doc.text.slice(toks[roleStart]!.start, toks[officeEnd]!.end);
    // The affiliation: the proper nouns before the role that are not titles themselves ("UN" of "UN Secretary-General").
    let affEnd = roleEnd - 1;
    // (… nor a rank: "Deputy Director Le Thi Thu Hang" serves no "Deputy".)
    while (affEnd >= roleStart && (NAME_TITLES.has(toks[affEnd]!.lower) || ROLE_NOUNS.has(toks[affEnd]!.lower) || RANK_MODIFIERS.has(toks[affEnd]!.lower) || toks[affEnd]!.text === '-')) affEnd--;
    // (A lone capitalised word opening the sentence is no affiliation, "Independent experts", unless it is
    // an institution's word: "Commission chairperson Ruth Banda".)
    // (Not where the person is based: "a Bishkek-based security analyst", "a Los Angeles-based attorney".)
    const based = basedPlace(toks);
    const aff = toks.slice(roleStart, affEnd + 1).filter((t) => t.pos === 'PROPN' && !based.has(t))
      // (… or one before a title-case role: "Health Minister Esteban Lozoya".)
      .filter((t, _, all) => all.length > 1 || doc.sentences[t.sentence]!.firstToken !== doc.tokenAt(t.start) || ORG_HEADS.has(t.lower) || /^[A-Z]{2,6}$/.test(t.text)
        || (/^\p{Lu}/u.test(toks[roleEnd]!.text) && !NAME_TITLES.has(t.lower) && !RANK_MODIFIERS.has(t.lower)))
      // (A lone demonym is no affiliation when a body follows it: "Chinese foreign ministry spokesperson".)
      .filter((t, _, all) => !(all.length === 1 && countryOfDemonym(t.text) && GOVERNMENT_BODIES.has(toks[roleEnd - 1]?.lower ?? '')));
    if (aff.length) out.affiliation = doc.text.slice(aff[0]!.start, aff[aff.length - 1]!.end);
    // "Chinese foreign ministry spokesperson": an institution written in lower case, right before the role.
    else if (roleEnd > roleStart && GOVERNMENT_BODIES.has(toks[roleEnd - 1]!.lower) && toks[roleEnd - 1]!.pos === 'NOUN') {
      // (Not the rank before the body: "retired Air Force general" served the Air Force.)
      let from = roleStart;
      while (from < roleEnd - 1 && RANK_MODIFIERS.has(toks[from]!.lower)) from++;
      out.affiliation = doc.text.slice(toks[from]!.start, toks[roleEnd - 1]!.end);
    }
  }
  // "a senior official at the Ministry of Finance", "a nurse at Prestea Government Hospital": whom a
  // role or a person works for, named after it.
  // (Unnamed sources only: a named person's office is read by sources.ts, after the name.)
  if (!out.affiliation && !personName) {
    const named = employerAfterRole(toks);
    if (named) out.affiliation = doc.text.slice(named.start, named.end);
  }
  return out;
}

/** The capitalised name after "ROLE at|of|for|with", as a span: "official at [the Ministry of Local Government]". */
function employerAfterRole(toks: Token[]): { start: number; end: number } | undefined {
  for (let p = 1; p + 1 < toks.length; p++) {
    const w = toks[p]!.lower;
    if (w !== 'at' && w !== 'of' && w !== 'for' && w !== 'with') continue;
    const role = toks[p - 1]!.lower;
    if (!(ROLE_NOUNS.has(role) || HUMAN_NOUNS.has(role))) continue;
    let k = p + 1;
    if (toks[k]?.lower === 'the') k++;
    let last = -1;
    for (let n = k; n < toks.length; n++) {
      const t = toks[n]!;
      if (/^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT') last = n;
      else if (!((t.lower === 'of' || t.lower === 'and' || t.lower === 'for' || t.lower === 'the') && /^\p{Lu}/u.test(toks[n + 1]?.text ?? ''))) break;
    }
    // (The name must end the phrase: in "the Potosí departmental police" the employer is the police.)
    const after = toks[last + 1];
    // (Nor is a compound's first part a name: "the Lausanne-based agency".)
    if (last >= k && !(after && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.text === '-'))) return { start: toks[k]!.start, end: toks[last]!.end };
    return undefined;
  }
  return undefined;
}

