/**
 * Sources: every mention an attribution (or a verification act) uses is
 * resolved to one source, typed (source-typing.ts), and given its role and
 * affiliation.
 *
 * Resolution, in order:
 *  - no source for a passive report ("are said to") or a date;
 *  - relays inside one mention become chains ("documents seen by The
 *    Guardian", "told Reuters"; source-chains.ts);
 *  - coordinated subjects split ("Ukrainian military and U.S. intelligence");
 *  - relative pronouns take the noun phrase before the comma ("X, which reported");
 *  - he/she take the latest person source (else whoever spoke just before),
 *    they/it the latest non-person one;
 *  - a definite description ("the spokesperson", "the group") takes the
 *    latest source, else organisation, whose role, name or kind it repeats;
 *  - a name takes its entity, so "Dietz" and "Charlie Dietz" are one source,
 *    with the office written before or after any full mention of it;
 *  - last, a description no one preceded joins the person named soon after
 *    ("the regional governor" … "Governor Alexander Bogomaz").
 */
import type { Doc, Entity, Source, Token } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { register } from '../pipeline/registry.js';
import { afterAccordingTo, afterDateline, appositionHead, cueLemma, hasVerb, namingWords, nounPhraseLeft, nounPhraseRight, partyStateEnd, pastHowItWasPut } from '../nlp/phrases.js';
import { WEEKDAY, ANONYMOUS_HEADS, AUTHORED_NOUNS, GOVERNMENT_BODIES, HOUSEHOLDS, HUMAN_NOUNS, isCarrierNoun, isPlural, HYPHENED_PARTICIPLES, MEDIA_NOUNS, MEDIA_TITLES, NAME_TITLES, ORG_HEADS, RANK_MODIFIERS, ROLE_NOUNS, singularOf, SPEAKING_BODIES, ONLINE_ITEMS, SPREAD_PARTICIPLES } from './lexicon.js';
import { carriedBy, quotedAsSaying, relayedBy, spokenToOutlet, toldOutlet } from './source-chains.js';
import { basedPlace, typeMention, withoutFinalDot, type Typed } from './source-typing.js';
import { isPassiveEvidential } from './evidential.js';
import { countryOfDemonym, gazetteer } from '../geo/gazetteer.js';
import { corporateName, mediumAfter } from './entities.js';
import { relayedReport } from './says-nothing.js';
import { lowerCaseText } from '../doc/lower-text.js';

/** Parts of speech a noun phrase does not end on ("military" as ADJ may: "the Ukrainian military"). */
/** The tags of a description before a name: "the hamlet's head", "a senior aide". */
const DESCRIPTION_POS = new Set(['DET', 'NOUN', 'ADJ', 'PROPN', 'PART']);
const NOT_FINAL = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'DET', 'PUNCT', 'ADV']);
/** "some", "others": quantifiers that stand for a group ("While some see …"). */
const QUANTIFIERS = /^(?:some|others|many|several|most|few|both|all)$/;
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'i']);
const OTHER_PRONOUNS = new Set(['they', 'it', 'we', 'them', 'their', 'its']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** Parts of speech of the words of an office ("Health Secretary", "Florida governor"); not "Well", "Yesterday". */
const OFFICE_POS = new Set(['PROPN', 'NOUN', 'ADJ']);
const DEFINITE_OR_INDEFINITE = new Set(['the', 'a', 'an']);
const LEADING_DETERMINERS = /^(?:the|a|an|neither|either|both)\s+/i;
/** A day or time, then "by", opening a source's span: the agent of a passive follows. */
const TIME_THEN_BY = new RegExp(String.raw`^(?:(?:on|early|late|last|this)\s+)?(?:${WEEKDAY}|today|yesterday|(?:this|last)\s+(?:week|month|year))(?:\s+(?:night|morning|afternoon|evening))?\s+by\s+(?=\S)`, 'i');

/** Whether `at` lies inside a quotation opened earlier in its paragraph. */
function insideQuotation(text: string, at: number): boolean {
  const para = text.lastIndexOf('\n', at) + 1;
  let open = 0, straight = 0;
  for (let i = para; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open++; else if (c === 0x201d) open = Math.max(0, open - 1); else if (c === 34) straight ^= 1;
  }
  return open > 0 || straight === 1;
}

/** Ranks, which title a name but are no office ("Brigadier General", "Lt. Col."). */
const MILITARY_RANKS = new Set(['gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant',
  'cpl', 'corporal', 'adm', 'admiral', 'cmdr', 'cdr', 'commander', 'brig', 'brigadier', 'pvt', 'private', 'commodore', 'marshal']);

/** Verbs of telling someone (who is a pronoun after them): "had told him that …", "assured them …". */
const TELLING = new Set(['tell', 'inform', 'assure', 'warn', 'brief']);
/** Words a teller's noun phrase is made of: "a former adviser to the ministry", "two officials at the port". */
const TELLER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const TELLER_LINKS = new Set(['of', 'to', 'at', 'in', 'for', 'from', "'s", '’s', '-']);

/**
 * The noun phrase that opens what a source reports, when it is who told the source: "[a former adviser to
 * the ministry] had told him that …", "[two officials] told them …". Not a pronoun (the source itself, as
 * often as not), and only a telling verb with a pronoun for the told.
 */
function nestedTeller(doc: Doc, a: Doc['attributions'][number]): Span | null {
  const c = a.content.reduce<Span | undefined>((x, y) => (!x || y.start < x.start ? y : x), undefined);
  if (!c || c.start < a.cue.end) return null;
  const T = doc.tokens;
  let k = doc.tokenAt(c.start);
  if (T[k]?.lower === 'that') k++;
  const from = k;
  while (k < T.length && T[k]!.end <= c.end && (TELLER_POS.has(T[k]!.pos) || (k > from && TELLER_LINKS.has(T[k]!.lower)))) k++;
  const np = T.slice(from, k);
  if (!np.length || np.length > 10 || !np.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') || TELLER_LINKS.has(np[np.length - 1]!.lower)) return null;
  if (/^(?:had|has|have)$/.test(T[k]?.lower ?? '')) k++;
  const verb = T[k];
  if (!verb || verb.pos !== 'VERB' || !TELLING.has(verb.lemma) || !/^(?:him|her|them|us|me)$/.test(T[k + 1]?.lower ?? '')) return null;
  // (What they told follows: a clause, "that …" or not; not an order, "told him not to ask questions", nor a topic.)
  if (!T[k + 2] || T[k + 2]!.end > c.end || /^(?:to|not|never|about|of)$/.test(T[k + 2]!.lower)) return null;
  return { start: np[0]!.start, end: np[np.length - 1]!.end };
}

/** Words for a newspaper: "the daily X" is "the newspaper" and "the paper" later. */
const NEWSPAPER_NOUNS = new Set(['newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'broadsheet']);
/** Verbs by which a source passes on what a carrier shows ("said pictures showed …"). */
const SAYING = new Set(['say', 'tell', 'report', 'write', 'add', 'state', 'note', 'explain', 'conclude', 'find']);
/** Words for a website: "the site" is the website named before. */
const WEB_NOUNS = new Set(['site', 'website', 'portal']);
/** Documents that carry someone's words: "the statement said" speaks for whoever made the statement. */
const STATEMENT_NOUNS = new Set(['statement', 'communiqué', 'communique', 'letter', 'email', 'post']);
/** Generic heads that a definite description can refer back with. */
const MEDIA_ANAPHORS = new Set([...NEWSPAPER_NOUNS, 'outlet', 'publication', 'broadcaster', 'report', 'magazine']);

export function sources(doc: Doc): void {
  const resolver = new SourceResolver(doc);
  accordingToThenSpeaker(doc);
  for (const a of doc.attributions) {
    // "Fighters are said to have moved …": the subject is no source; nor is a date
    // ("a report released Monday found": the tagger took the day for the finder).
    if (a.sourceMention && (isPassiveEvidential(doc, a) || onlyDate(resolver.mentions, a.sourceMention))) {
      a.source = null;
      a.chain = a.via.flatMap((v) => resolver.resolve(v));
      continue;
    }
    // "Residents reached by phone in the valley described …", "Two aid workers …, speaking on condition of
    // anonymity, said the Taliban's restrictions …": the tagger took the object of a preposition, or a
    // noun after the cue, for the speaker; the people who open the sentence are.
    // (A transcript's speaker label is read as a label only: see SourceResolver.speakerLabel.)
    if (a.by === 'rule:transcript' && a.sourceMention) {
      a.source = resolver.resolve(a.sourceMention)[0] ?? null;
      a.chain = a.source ? [a.source] : [];
      continue;
    }
    // "Satellite images reviewed by the firm appear to show …": what shows it is the source.
    // ("… reviewed by the Crisis Mapping Lab appeared to show": the lab tells what the images show.)
    if (!a.sourceMention) {
      const carrier = carrierSubject(doc, a);
      if (carrier) {
        a.sourceMention = carrier.agent ?? carrier.carrier;
        if (carrier.agent) a.via = [carrier.carrier, ...a.via];
      }
    }
    // ("A police officer who was deployed in Salcedo, speaking on condition of anonymity …, told this station that …":
    // a report the tagger gave no speaker, whose sentence opens with one person described.)
    if (!a.sourceMention && SPEECH_LEMMAS.has(cueLemma(doc, a.cue) ?? '')) {
      const opener = resolver.personNounOpening(a.cue.start, 0);
      if (opener) a.sourceMention = opener.span;
    }
    const lead = a.sourceMention ? peopleOpeningSentence(doc, a) : null;
    if (lead) a.sourceMention = lead;
    const relay = a.sourceMention ? relayedBy(doc, a.sourceMention) : null;
    const ids = relay ? [...resolver.resolve(relay.outer), ...resolver.resolve(relay.inner)]
      : a.sourceMention ? resolver.resolve(a.sourceMention) : [];
    // ("TASS quoted a defence ministry spokesman as saying …": whom the source quotes is the next link.)
    const cited = citedLead(doc, a) ?? citedFront(doc, a) ?? citedByRelative(doc, a) ?? (a.content[0] ? quotedAsSaying(doc, a.cue, a.content[0]) : null);
    const via = (cited ? [...a.via, cited] : a.via).flatMap((v) => resolver.resolve(v));
    // "a source … told Reuters that …": the outlet told is the one that relays it.
    // ("… was quoted by the Hindu newspaper as saying", "said in comments carried by RTR that": who carried the words.)
    const outlet = a.sourceMention ? toldOutlet(doc, a.cue) ?? spokenToOutlet(doc, a.sourceMention, a.cue) ?? carriedBy(doc, a.cue) : null;
    // ("told the station": only an outlet the article named, which the noun refers back to; "told the agency" in a
    // wire's own copy is the wire itself, no link of the chain.)
    const described = !!outlet && /^the\s+\p{Ll}/u.test(doc.slice(outlet));
    const known = resolver.sources.length;
    const toldId = outlet ? resolver.resolve(outlet)[0] ?? null : null;
    const told = toldId && (!described || resolver.sources.some((s) => s.id === toldId && !!s.entity && s.kind === 'media')) ? toldId : null;
    // (… and a source made only for a description that named no outlet goes again: no one spoke as "the agency".)
    if (described && !told && resolver.sources.length > known) resolver.sources.splice(known);
    if (told && !ids.includes(told)) ids.unshift(told);
    a.source = ids[0] ?? null;
    a.chain = [...new Set([...ids, ...via])];
    if (a.quote === 'mixed' && quotedAfterThat(doc, a)) a.quote = 'direct';
  }
  // "… told reporters that a former adviser to the ministry had told him that …": who told the source what it
  // reports is the next link of its chain. (Resolved once every speaker is: a teller named inside what another
  // says is no antecedent for the pronouns of the article's speakers.)
  for (const a of doc.attributions) {
    const teller = a.source ? nestedTeller(doc, a) : null;
    if (!teller || a.via.some((v) => v.start === teller.start)) continue;
    const ids = resolver.resolve(teller).filter((id) => !a.chain?.includes(id));
    if (!ids.length) continue;
    a.via = [...a.via, teller];
    a.chain = [...(a.chain ?? []), ...ids];
  }
  // "The animal appears to be a young wolf, she said, but the picture …": a report that names nobody, set
  // off right before a speaker's parenthetical "she said,", is that speaker's.
  // (Not a question put to the speaker, "Asked whom she supported, Ms. Sherry said", nor what is commonly
  // held, "which was seen as an intelligence failure".)
  for (const a of doc.attributions) {
    if (a.source || a.chain?.length || !a.content.length) continue;
    const k = doc.tokenAt(a.cue.start);
    if (doc.tokens[k]?.lemma === 'ask' || doc.tokens[k]?.lemma === 'be' || doc.tokens[k - 1]?.lemma === 'be') continue;
    const end = Math.max(a.cue.end, ...a.content.map((c) => c.end));
    const b = doc.attributions.find((x) => x !== a && x.source && x.sourceMention && x.sourceMention.start > end
      && /^[\s,"”’']*,[\s"”’']*$/.test(doc.text.slice(end, x.sourceMention.start))
      && /^\s*$/.test(doc.text.slice(x.sourceMention.end, x.cue.start)) && /^\s*,/.test(doc.text.slice(x.cue.end, x.cue.end + 3)));
    if (!b) continue;
    a.source = b.source;
    a.chain = b.chain ? [...b.chain] : [b.source!];
  }
  // "the Swedish navy said that a bulk carrier … is suspected of dragging its anchor": a report that names
  // nobody, inside what a source says, is that source's.
  // ("Orbita Watch … said pictures taken on Wednesday showed six burn scars": what pictures show, inside what a
  // source says, reaches the article through that source, who read them.)
  const carrierOnly = (a: Doc['attributions'][number]) => a.chain?.length === 1 && !!a.sourceMention
    && isCarrierNoun(doc.tokens[doc.tokenAt(a.sourceMention.end - 1)]?.lower ?? '');
  const inside = (b: Doc['attributions'][number], x: Span) => b.content.some((c) => c.start <= x.start && x.end <= c.end);
  for (const a of doc.attributions) {
    if ((a.source || a.chain?.length) && !carrierOnly(a)) continue;
    const outer = doc.attributions.find((b) => b !== a && b.source && b.source !== a.source && inside(b, a.cue)
      // (For a carrier, one who says what it shows: "X said pictures showed", its mention inside what X says.)
      && (!a.source || (SAYING.has(cueLemma(doc, b.cue) ?? '') && inside(b, a.sourceMention!))));
    if (!outer) continue;
    const via = outer.chain ? [...outer.chain] : [outer.source!];
    if (a.source) { a.chain = [...via, a.source]; a.source = via[0]!; }
    else { a.source = outer.source; a.chain = via; }
  }
  // "Rebels said they had seized the town, according to a local radio station", "…, residents told him,
  // according to the priest": a report that is all of what another source says reaches the article
  // through that source, which opens its chain.
  for (const outer of doc.attributions) {
    const report = relayedReport(doc, outer);
    if (!report || !outer.source) continue;
    // (… and what the same source goes on to say inside it: "…, and warned that …".)
    const inside = (x: Span) => outer.content.some((c) => c.start <= x.start && x.end <= c.end);
    for (const inner of [report, ...doc.attributions.filter((x) => x !== report && x !== outer && x.source === report.source && inside(x.cue))]) {
      if (!inner.chain?.length || inner.chain.includes(outer.source)) continue;
      inner.chain = [...(outer.chain?.length ? outer.chain : [outer.source]).filter((id) => !inner.chain!.includes(id)), ...inner.chain];
    }
  }
  for (const s of resolver.sources) resolver.completeOffice(s);
  for (const s of resolver.sources) resolver.kindOfShortForm(s);
  doc.sources = resolver.sources;
  mergeCataphora(doc);
  mergeInstitutionCataphora(doc);
}

/**
 * The subject of "appear to show", "seem to indicate" when it is such a thing ("Satellite images
 * reviewed by the firm appear to show the vessel …"), with whoever it says read it ("the firm"), or null.
 */
function carrierSubject(doc: Doc, a: Doc['attributions'][number]): { carrier: Span; agent: Span | null } | null {
  const k = doc.tokenAt(a.cue.start), cue = doc.tokens[k];
  // ("… appear to show", and "Satellite images … reviewed by Atlas show what appears to be a scorch mark".)
  const appears = !!cue && /^(?:appear|seem)$/.test(cue.lemma) && /^to (?:show|indicate|suggest|confirm|depict|reveal)\b/i.test(doc.text.slice(a.cue.end).trim());
  const shows = !!cue && /^(?:show|indicate|suggest|reveal|depict)$/.test(cue.lemma);
  if (!cue || !(appears || shows)) return null;
  // The clause's first noun phrase, over what describes it ("Satellite images [reviewed by the firm]").
  const sentenceStart = doc.sentences[cue.sentence]!.firstToken;
  let from = sentenceStart;
  for (let i = k - 1; i > from; i--) if (doc.tokens[i]!.text === ',') { from = i + 1; break; }
  const headFrom = (f: number) => {
    let h = -1;
    for (let i = f; i < k; i++) {
      const t = doc.tokens[i]!;
      if (t.pos === 'NOUN') h = i;
      else if (t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'DET' && t.pos !== 'NUM') break;
    }
    return h >= 0 && isCarrierNoun(doc.tokens[h]!.lower) ? h : -1;
  };
  let head = headFrom(from);
  // (… or the sentence's first phrase, when an apposition comes between: "Satellite images … analysed by
  // Kestrel Geospatial, a private imagery firm based in Delft, appear to show".)
  if (head < 0 && from > sentenceStart) { from = sentenceStart; head = headFrom(from); }
  if (head < 0) return null;
  const carrier = { start: doc.tokens[from]!.start, end: doc.tokens[head]!.end };
  // ("… reviewed by the firm", "… analysed by Kestrel Geospatial, a private imagery firm": who read them.)
  const T = doc.tokens;
  // (… or later in the description: "Satellite images taken on Tuesday and analysed by Kestrel Geospatial".)
  let by = -1;
  for (let i = head + 1; i + 1 < k; i++) {
    if (T[i]!.text === ',' && by >= 0) break;
    if (T[i]!.pos === 'VERB' && /ed$|^seen$|^taken$/.test(T[i]!.lower) && T[i + 1]!.lower === 'by') by = i + 2;
  }
  if (by < 0) return { carrier, agent: null };
  let end = by;
  while (end < k && (T[end]!.pos === 'DET' || T[end]!.pos === 'ADJ' || T[end]!.pos === 'PROPN' || T[end]!.pos === 'NOUN' || T[end]!.lower === 'of')) end++;
  while (end > by && T[end - 1]!.lower === 'of') end--;
  return { carrier, agent: end > by ? { start: T[by]!.start, end: T[end - 1]!.end } : null };
}

/**
 * "According to a report by Bloomberg, citing people familiar with the matter,
 * …": content that opens with whom the source cites; that one is the next link
 * of the chain (the content's words stay as the tagger found them).
 */
function citedLead(doc: Doc, a: Doc['attributions'][number]): Span | null {
  const c = a.content[0];
  if (!c) return null;
  const i = doc.tokenAt(c.start);
  const t = doc.tokens[i];
  if (!t || t.lower !== 'citing') return null;
  for (let k = i + 1; k < Math.min(doc.tokens.length, i + 12) && doc.tokens[k]!.sentence === t.sentence; k++) {
    if (doc.tokens[k]!.text === ',') return k > i + 1 ? { start: doc.tokens[i + 1]!.start, end: doc.tokens[k - 1]!.end } : null;
  }
  return null;
}

/**
 * "Citing an internal memo it said it had seen, the newspaper reported …": a sentence that opens
 * with whom the source cites; the cited noun phrase is the next link of the chain.
 */
/**
 * "According to the Kyiv Independent, a police spokesman said …": the tagger may give both reports one speaker
 * span over the two names. "According to" cites what comes before the comma; the speaker whose verb follows
 * is what comes after it (the chain is then the outlet's, then the speaker's: relayedReport below).
 */
function accordingToThenSpeaker(doc: Doc): void {
  for (const a of doc.attributions) {
    const m = a.sourceMention;
    if (!m || !/^according\s+to$/i.test(doc.slice(a.cue)) || m.start < a.cue.end) continue;
    const comma = doc.text.indexOf(',', m.start);
    if (comma < 0 || comma >= m.end) continue;
    const rest = doc.text.slice(comma + 1, m.end);
    // (The second name is a speaker's whose verb follows: "…, a police spokesman said".)
    const b = doc.attributions.find((x) => x !== a && x.sourceMention && x.cue.start >= m.end && doc.sentenceAt(x.cue.start) === doc.sentenceAt(a.cue.start)
      && x.sourceMention.start >= m.start && x.sourceMention.end <= m.end + 1 && /^\s*$/.test(doc.text.slice(x.sourceMention.end, x.cue.start).replace(/,/g, '')));
    if (!b || !/\S/.test(rest)) continue;
    // (Not an apposition that describes the first name: "According to Nugaal FM, a local station in Garowe, …".)
    const firstRest = rest.trimStart().split(/\s+/).slice(0, 4).join(' ').toLowerCase();
    if (/\b(?:station|newspaper|agency|outlet|website|site|broadcaster|channel|group|organi[sz]ation|daily|weekly|magazine)\b/.test(firstRest)) continue;
    const restStart = comma + 1 + (rest.length - rest.trimStart().length);
    a.sourceMention = { start: m.start, end: comma };
    if (b.sourceMention!.start < restStart) b.sourceMention = { start: restStart, end: b.sourceMention!.end };
  }
}

function citedFront(doc: Doc, a: Doc['attributions'][number]): Span | null {
  if (!a.sourceMention) return null;
  const sentence = doc.sentences[doc.sentenceAt(a.cue.start)];
  if (!sentence) return null;
  const first = sentence.firstToken;
  if (doc.tokens[first]?.lower !== 'citing') return null;
  // ("Citing what he called sources in a reconnaissance unit, he said": what was cited, past how he put it.)
  const from = pastHowItWasPut(doc, first + 1);
  let end = from;
  while (end < sentence.endToken && end - first < 10 && ![',', 'that'].includes(doc.tokens[end]!.text) && doc.tokens[end]!.pos !== 'PRON' && doc.tokens[end]!.pos !== 'VERB') end++;
  // (The source comes after the cited phrase: "…, the newspaper reported".)
  if (end === from || a.sourceMention.start < doc.tokens[end - 1]!.end) return null;
  return { start: doc.tokens[from]!.start, end: doc.tokens[end - 1]!.end };
}

/**
 * "According to the union, which cited two workers on the night shift, a supervisor told …", "according to
 * Tin Nhanh Thu Do, a local news website, which cited an officer at the district police station, …": whom a
 * relative clause on the source says it cited is the next link of the chain.
 */
function citedByRelative(doc: Doc, a: Doc['attributions'][number]): Span | null {
  if (!a.sourceMention) return null;
  const T = doc.tokens, sentence = doc.sentenceAt(a.sourceMention.start);
  // (Past the source's apposition, if any: ", a local news website,".)
  let k = doc.tokenAt(a.sourceMention.end);
  if (T[k]?.text !== ',') return null;
  if (T[k + 1]?.lower !== 'which') {
    let c = k + 1;
    while (c < T.length && c - k < 10 && T[c]!.text !== ',' && T[c]!.sentence === T[k]!.sentence) c++;
    if (T[c]?.text !== ',' || T[c + 1]?.lower !== 'which') return null;
    k = c;
  }
  let v = k + 2;
  if (/^(?:had|has)$/.test(T[v]?.lower ?? '')) v++;
  if (!/^(?:cited|quoted)$/.test(T[v]?.lower ?? '')) return null;
  const from = v + 1;
  let end = from;
  while (end < T.length && end - from < 12 && T[end]!.text !== ',' && doc.sentenceAt(T[end]!.start) === sentence) end++;
  // (The cited phrase ends at the comma that closes the clause, before what is said.)
  if (end === from || T[end]?.text !== ',' || T[end]!.end > Math.min(...a.content.map((c) => c.start), a.cue.start < a.sourceMention.start ? Infinity : a.cue.start)) return null;
  return { start: T[from]!.start, end: T[end - 1]!.end };
}

/** Cues of saying, for which the speaker is a person or a group of people. */
const SPEECH_LEMMAS = new Set(['say', 'tell', 'describe', 'add', 'insist', 'recount', 'report', 'claim', 'warn', 'put', 'estimate']);

function peopleOpeningSentence(doc: Doc, a: Doc['attributions'][number]): Span | null {
  const m = a.sourceMention!;
  const first = doc.tokenAt(m.start);
  if (!SPEECH_LEMMAS.has(cueLemma(doc, a.cue) ?? '')) return null;
  // (After the cue only as the subject of what is said — "said the Taliban's restrictions were making …" —
  // not as an inverted speaker, "said the minister"; after a preposition, "… reached by phone in the valley".)
  const after = m.start >= a.cue.end && ['VERB', 'AUX'].includes(doc.tokens[doc.tokenAt(m.end - 1) + 1]?.pos ?? '');
  const sentence = doc.sentences[doc.sentenceAt(a.cue.start)];
  if (!sentence || doc.sentenceAt(m.start) !== doc.sentenceAt(a.cue.start)) return null;
  // (… or the object of a relative clause right after the opening phrase: "A physician in Baku who has
  // treated hunger strikers, … warned".)
  const T = doc.tokens;
  const relative = m.end <= a.cue.start && T[first - 1]?.pos === 'VERB' && T.slice(sentence.firstToken + 1, first - 1).some((t) => t.lower === 'who')
    && !T.slice(sentence.firstToken, first).some((t) => t.text === ',');
  const objectOf = m.end <= a.cue.start && (['in', 'by', 'from', 'with', 'near', 'at'].includes(T[first - 1]?.lower ?? '') || relative);
  if (!after && !objectOf) return null;
  // The noun phrase that opens the sentence: determiners, numbers, adjectives and nouns.
  let k = sentence.firstToken, head = -1;
  // ("Residents" opening a sentence may be read as a proper noun.)
  // (The head is its last noun: "An industry source familiar with …" is a source, not "familiar".)
  while (k < sentence.endToken && ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(doc.tokens[k]!.pos)) { if (doc.tokens[k]!.pos === 'NOUN' || doc.tokens[k]!.pos === 'PROPN') head = k; k++; }
  if (head < 0 || doc.tokens[head]!.start >= a.cue.start) return null;
  const w = doc.tokens[head]!.lower;
  // (… or any noun for a person by what they do: "A trader in Kowloon Bay, who …, said".)
  if (!(HUMAN_NOUNS.has(w) || HUMAN_NOUNS.has(singularOf(w)) || ANONYMOUS_HEADS.has(w) || ROLE_NOUNS.has(w) || (AGENT_NOUN.test(w) && !w.endsWith('ment')))) return null;
  // (… with what qualifies it up to its comma: "An inspector involved in the sampling, who …", "An industry
  // source familiar with tanker movements in the region, who …".)
  let end = head;
  // (Not over a relative clause: "A physician in Baku who has treated hunger strikers, …" is a physician.)
  for (let e = head + 1; e < sentence.endToken && e - head <= 12 && T[e]!.end <= a.cue.start && !/^(?:who|which|that|whose)$/.test(T[e]!.lower); e++) {
    if (T[e]!.text === ',') { end = e - 1; break; }
  }
  return { start: doc.tokens[sentence.firstToken]!.start, end: doc.tokens[end]!.end };
}

/**
 * 'said that "no decision has been taken …"': content that is "that" and one whole quotation reports
 * the words as spoken; the attribution component, reading marks, calls it mixed. (Read here, after
 * the component, whose filter was trained on its own notion of a quote.)
 */
function quotedAfterThat(doc: Doc, a: Doc['attributions'][number]): boolean {
  if (a.content.length !== 1) return false;
  const text = doc.slice(a.content[0]!);
  return /^that\s+["“][^"“”]+["”][.,]?$/.test(text);
}

function onlyDate(mentions: EntityMentions, m: Span): boolean {
  return mentions.covers('date', m.start, m.end);
}

/** How far ahead (in sentences) a description may find the name it anticipates. */
const CATAPHORA_SENTENCES = 4;

/**
 * News leads often describe a source before naming it: "…, the regional
 * governor said." then "Governor Alexander Bogomaz wrote …". A description
 * that found nobody before it joins the first person named soon after whose
 * role repeats its head noun, so the claims of both are one source's.
 */
function mergeCataphora(doc: Doc): void {
  const merged = new Map<string, string>();
  for (const d of doc.sources) {
    // (A person's description too, when definite: "the chief engineer of the city's grid operator said …. Nurlan
    // Zhaksybekov, chief engineer at AlmatyGrid, …"; not "a resident", one of many.)
    if (d.entity || (d.kind === 'person' && !d.mentions.some((m) => /^the\s/i.test(doc.slice(m)))) || !d.role || !d.mentions.length) continue;
    // The office's noun: "governor" of "regional governor", "mayor" of "mayor of Valencia".
    const head = d.role.toLowerCase().split(/\s+/).filter((w) => ROLE_NOUNS.has(w)).pop();
    // Only a bare description, not a named group's role.
    if (!head || !d.name.toLowerCase().startsWith(d.role.toLowerCase())) continue;
    const first = Math.min(...d.mentions.map((m) => m.start));
    const sentence = doc.sentenceAt(first);
    // Where the person is first *named* (descriptions merged into them before do not count).
    const namedAt = (p: Source) => Math.min(...(doc.entities.find((e) => e.id === p.entity)?.mentions ?? p.mentions).map((m) => m.start));
    // (Further on for the very same office of a definite description: "the chief engineer of the city's grid
    // operator" in the lead, "Nurlan Zhaksybekov, chief engineer at AlmatyGrid" in the sixth paragraph.)
    const same = (p: Source) => p.role?.toLowerCase() === d.role!.toLowerCase() && d.role!.includes(' ');
    const named = doc.sources.find((p) => p.kind === 'person' && p.entity && p.role?.toLowerCase().split(/\s+/).includes(head)
      && namedAt(p) > first && doc.sentenceAt(namedAt(p)) - sentence <= (same(p) ? 3 * CATAPHORA_SENTENCES : CATAPHORA_SENTENCES));
    if (!named) continue;
    named.mentions.push(...d.mentions);
    named.mentions.sort((a, b) => a.start - b.start);
    merged.set(d.id, named.id);
  }
  applyMerges(doc, merged);
}

/** Sources merged into others (merged id -> id kept): attributions and chains point to the kept one. */
function applyMerges(doc: Doc, merged: Map<string, string>): void {
  if (!merged.size) return;
  const to = (id: string) => merged.get(id) ?? id;
  for (const a of doc.attributions) {
    if (a.source) a.source = to(a.source);
    if (a.chain) a.chain = a.chain.map(to);
  }
  doc.sources = doc.sources.filter((s) => !merged.has(s.id));
}

/** Nouns that may describe the same institution: "a Ukrainian news outlet" is "the Kyiv-based outlet Hromada Daily". */
const INSTITUTION_NOUN_CLASSES: string[][] = [
  [...MEDIA_NOUNS],
  // (… and what makes or runs a thing: "An experimental drug slowed decline, its developer announced".)
  ['firm', 'company', 'consultancy', 'developer', 'maker', 'manufacturer', 'operator', 'producer'],
  ['group', 'organisation', 'organization', 'charity', 'ngo', 'monitor', 'watchdog', 'initiative'],
];
const INSTITUTION_NOUN_CLASS = new Map(INSTITUTION_NOUN_CLASSES.flatMap((c, i) => c.map((w) => [w, i] as const)));
/**
 * Whether "a" or "an" opens the phrase a mention ends ("a [rights group]", "a Cairo-based [rights group]"), or
 * "its"/"their" stands right before it ("its [developer]").
 */
function indefiniteBefore(doc: Doc, m: Span): boolean {
  const T = doc.tokens;
  let k = doc.tokenAt(m.start) - 1;
  // (Over adjectives and compounds: "Cairo-based", whose "based" reads as a verb.)
  for (let n = 0; k >= 0 && n < 5 && (T[k]!.pos === 'ADJ' || T[k]!.pos === 'PROPN' || T[k]!.pos === 'NOUN' || T[k]!.text === '-' || T[k - 1]?.text === '-'); n++) k--;
  return k >= 0 && /^(?:a|an)$/i.test(T[k]!.text) || (k >= 0 && /^(?:its|their)$/i.test(T[k]!.text) && k === doc.tokenAt(m.start) - 1);
}

/** Words in the names of advocacy and monitoring groups ("The Sawt Center for Rights and Freedoms"): such a name says "group" itself. */
const GROUP_NAME_WORDS = new Set(['center', 'centre', 'institute', 'foundation', 'network', 'observatory', 'coalition', 'alliance',
  'association', 'committee', 'watch', 'league', 'federation', 'society', 'initiative', 'campaign', 'monitor', 'collective']);
const GROUP_CLASS = INSTITUTION_NOUN_CLASS.get('group')!;

/**
 * "… a Ukrainian news outlet reported, citing …. The Kyiv-based outlet Hromada Daily said …": an institution
 * described without its name in the lead is the one named a few sentences later with a noun of the same
 * kind before its name or in its apposition (", a London-based company that …"). The description's
 * mentions go to the named source, as mergeCataphora does for people.
 */
function mergeInstitutionCataphora(doc: Doc): void {
  const T = doc.tokens, merged = new Map<string, string>();
  // The nouns around a named source's first mention: the words right before it and its apposition's.
  const nounsAround = (m: Span, sentence: number): Set<number> => {
    const out = new Set<number>();
    for (let k = doc.tokenAt(m.start) - 1; k >= 0 && k >= doc.tokenAt(m.start) - 4 && T[k]!.text !== ',' && T[k]!.pos !== 'VERB'; k--) {
      const c = INSTITUTION_NOUN_CLASS.get(T[k]!.lower);
      if (c !== undefined) out.add(c);
    }
    // (… and the name's own words, in the sentence right after the description's: "a Cairo-based rights group said
    // …. The Sawt Center for Rights and Freedoms said".)
    if (doc.sentenceAt(m.start) - sentence <= 1 && doc.slice(m).split(/\s+/).some((w) => GROUP_NAME_WORDS.has(w.toLowerCase()))) out.add(GROUP_CLASS);
    let k = doc.tokenAt(m.end);
    if (T[k]?.text === ',' && /^(?:a|an)$/.test(T[k + 1]?.lower ?? '')) {
      for (k += 2; k < T.length && T[k]!.sentence === T[k - 1]!.sentence && !/^(?:that|which|who|whose)$/.test(T[k]!.lower) && !(T[k]!.pos === 'PUNCT' && T[k]!.text !== '-'); k++) {
        const c = INSTITUTION_NOUN_CLASS.get(T[k]!.lower);
        if (c !== undefined) out.add(c);
      }
    }
    return out;
  };
  // (Only a description that reports in its own name: not one cited by another, "citing a local radio station".)
  const reporters = new Set(doc.attributions.map((a) => a.source));
  for (const d of doc.sources) {
    // (… or, with "its", what the typing could not place: "its developer".)
    if (d.entity || !(d.kind === 'media' || d.kind === 'organization' || (d.kind === 'unspecified' && d.mentions.some((m) => /^(?:its|their)\s/i.test(doc.slice(m)))))
      || !d.mentions.length || !reporters.has(d.id)) continue;
    const first = d.mentions.reduce((a, b) => (b.start < a.start ? b : a));
    // (An indefinite description, its head one of those nouns: "a UK-based monitoring group".)
    const cls = INSTITUTION_NOUN_CLASS.get(d.name.toLowerCase().split(/\s+/).pop() ?? '');
    if (cls === undefined || !/^\s*(?:a|an|its|their)\s/i.test(doc.slice(first)) && !indefiniteBefore(doc, first)) continue;
    const sentence = doc.sentenceAt(first.start);
    // (Around the name itself, the entity's mention: the source's may run from "The Kyiv-based outlet".)
    const named = doc.sources.find((p) => p !== d && p.entity && (p.kind === d.kind || d.kind === 'unspecified') && (doc.entities.find((e) => e.id === p.entity)?.mentions ?? []).some((m) =>
      m.start > first.start && doc.sentenceAt(m.start) - sentence <= CATAPHORA_SENTENCES && nounsAround(m, sentence).has(cls)));
    if (!named) continue;
    named.mentions.push(...d.mentions);
    named.mentions.sort((a, b) => a.start - b.start);
    merged.set(d.id, named.id);
  }
  applyMerges(doc, merged);
}

/** An entity's mention with the entity and its index in doc.entities (EntityMentions). */
interface IndexedMention { start: number; end: number; entity: Entity; index: number; span: Span }

/** The mentions of one entity type, sorted by start (ties in entity order), with their longest length and their ends. */
interface TypeMentions { list: IndexedMention[]; maxLen: number; ends: Set<number> }

/**
 * Every entity's mentions by type, built once per article on first use: the stage asks "is there a
 * date / person / organisation mention around here?" for nearly every mention it resolves, and a scan
 * of every entity's mentions each time was a large share of it. Only for questions whose answer does
 * not depend on the order of entities (`some`), or that keep it (ties in entity order). Entities do
 * not change during this stage.
 */
export class EntityMentions {
  private readonly byType = new Map<string, TypeMentions>();
  constructor(private readonly doc: Doc) {}

  of(type: Entity['type']): TypeMentions {
    let t = this.byType.get(type);
    if (!t) {
      const list: IndexedMention[] = [];
      const ends = new Set<number>();
      let maxLen = 0;
      const entities = this.doc.entities;
      for (let index = 0; index < entities.length; index++) {
        const entity = entities[index]!;
        if (entity.type !== type) continue;
        for (const m of entity.mentions) {
          list.push({ start: m.start, end: m.end, entity, index, span: m });
          ends.add(m.end);
          if (m.end - m.start > maxLen) maxLen = m.end - m.start;
        }
      }
      list.sort((a, b) => a.start - b.start || a.index - b.index); // stable: a mention list's own order stays
      this.byType.set(type, t = { list, maxLen, ends });
    }
    return t;
  }

  /** The first position in `list` whose mention starts at or after `at`. */
  static lowerBound(list: IndexedMention[], at: number): number {
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.start < at) lo = mid + 1; else hi = mid; }
    return lo;
  }

  /** The mentions of `type` lying within `span`, in order of start (ties in the article's entity order). */
  within(type: Entity['type'], span: Span): IndexedMention[] {
    const { list } = this.of(type);
    const out: IndexedMention[] = [];
    for (let i = EntityMentions.lowerBound(list, span.start); i < list.length && list[i]!.start < span.end; i++) if (list[i]!.end <= span.end) out.push(list[i]!);
    return out;
  }

  /** Whether a mention of `type` ends at `end`. */
  endsAt(type: Entity['type'], end: number): boolean {
    return this.of(type).ends.has(end);
  }

  /**
   * The first mention of `type` that covers [start, end): d.start <= start && end <= d.end, or with
   * `strict`, d.start < start && end < d.end; undefined when none does.
   */
  covering(type: Entity['type'], start: number, end: number, strict = false): IndexedMention | undefined {
    const { list, maxLen } = this.of(type);
    // (A mention that reaches `end` starts no earlier than `end` - the longest mention.)
    for (let i = EntityMentions.lowerBound(list, end - maxLen); i < list.length; i++) {
      const d = list[i]!;
      if (strict ? d.start >= start : d.start > start) break;
      if (strict ? end < d.end : end <= d.end) return d;
    }
    return undefined;
  }

  /** Whether a mention of `type` covers [start, end) (see covering). */
  covers(type: Entity['type'], start: number, end: number, strict = false): boolean {
    return this.covering(type, start, end, strict) !== undefined;
  }
}

/**
 * The workplace a phrase after a person's name gives in lower case, " of the police forensic laboratory in
 * Accra" -> "police forensic laboratory": a few lower-case words after "of", "at" or "from the" that end in an
 * institution's noun, and the place it is in. Undefined when the phrase is not that.
 */
function workplaceAfterName(after: string): string | undefined {
  const m = /^\s+(?:of|at|from)\s+the\s+((?:[\p{Ll}-]+\s+){0,4}([\p{Ll}-]+))(?:\s+(?:in|at)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?$/u.exec(after);
  return m && ORG_HEADS.has(m[2]!) ? m[1] : undefined;
}

/** Whether the words before a name are only titles ("Inspector", "Dr."), or none. */
const titlesOnly = (before: string): boolean => before.trim().split(/\s+/).every((w) => !w || NAME_TITLES.has(w.toLowerCase()));

/** Resolves mention spans to sources, creating them as needed. Used by later stages too. */
export class SourceResolver {
  readonly sources: Source[];
  private readonly byKey = new Map<string, Source>();
  /** The article's entity mentions by type (see EntityMentions). */
  readonly mentions: EntityMentions;
  constructor(private readonly doc: Doc) {
    this.mentions = new EntityMentions(doc);
    this.sources = doc.sources;
    for (const s of this.sources) this.byKey.set(this.keyOf(s), s);
  }

  /**
   * An id no source has: after the sources stage merged a description into the name it announced
   * ("the ministry's spokeswoman … Maria Zakharova"), the ids have gaps, and a count would repeat one.
   */
  private nextId(): string {
    let max = 0;
    for (const s of this.sources) max = Math.max(max, Number(s.id.slice(1)) || 0);
    return `s${max + 1}`;
  }

  /** The person mention right before the apposition starting at token `at` ("Rosa Lind, [a wellness influencer …]"), if any. */
  private personBeforeApposition(at: number): Span | undefined {
    const T = this.doc.tokens;
    // Back over the apposition's article and modifiers ("a Wellington-based"), a few words at most.
    let k = at - 1;
    while (k >= 0 && at - k <= 6 && T[k]!.text !== ',' && (/^(?:DET|ADJ|PROPN|NUM)$/.test(T[k]!.pos) || T[k]!.text === '-' || (T[k - 1]?.text === '-' && T[k]!.pos === 'VERB'))) k--;
    if (k < 1 || T[k]!.text !== ',') return undefined;
    const comma = T[k]!;
    return this.doc.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions)
      .find((m) => m.end <= comma.start && this.doc.tokenAt(m.end) === k && this.doc.sentenceAt(m.start) === comma.sentence);
  }

  /**
   * The person whose apposition `mention` starts, or lies inside: a person's name, a comma, then at
   * most eight words of a role (articles, adjectives, nouns, names, prepositions: no verb, pronoun or
   * conjunction) up to the mention ("Ashok Nayak, state coordinator of [the Nadi Sahayata Trust]").
   */
  private personBeforeRole(mention: Span): Span | undefined {
    const T = this.doc.tokens, k = this.doc.tokenAt(mention.start);
    const first = T[k];
    if (!first || first.pos === 'PRON' || this.mentions.covers('person', mention.start, mention.end)) return undefined;
    // "Helena Marsh, an audio-forensics specialist at Voxcheck, [a London-based laboratory that …], said": the
    // apposition of an apposition; the one before it, with the person's role, is read instead.
    if (T[k - 1]?.text === ',' && (first.pos === 'DET')) {
      let p = k - 2;
      while (p >= 0 && k - p <= 12 && T[p]!.text !== ',' && T[p]!.sentence === first.sentence) p--;
      if (p >= 1 && T[p]!.text === ',' && T[p + 1]?.pos === 'DET' && p + 2 < k - 1) {
        const inner = this.personBeforeRole({ start: T[p + 2]!.start, end: T[k - 2]!.end });
        if (inner) return inner;
      }
    }
    let i = k - 1;
    // (… and possessive marks: "president of the Danube Pilots' Union".)
    while (i >= 0 && k - i <= 8 && (ROLE_PHRASE_POS.has(T[i]!.pos) || /^['’]s?$/.test(T[i]!.text)) && T[i]!.text !== ',') i--;
    if (i < 1 || T[i]!.text !== ',' || T[i]!.sentence !== first.sentence) return undefined;
    // (A role starts the apposition: not "Smith, Jones and the ministry".)
    const opening = T[i + 1]!;
    if (!(opening.pos === 'DET' || opening.pos === 'NOUN' || opening.pos === 'ADJ' || (opening.pos === 'PROPN' && i + 1 < k))) return undefined;
    const words = T.slice(i + 1, this.doc.tokenAt(mention.end - 1) + 1);
    // (One person's role: "sources" after a name are not its apposition.)
    if (!words.some((t) => t.pos === 'NOUN' && isPersonNoun(t.lower) && singularOf(t.lower) === t.lower)) return undefined;
    const comma = T[i]!, sentenceStart = this.doc.sentences[comma.sentence]!.firstToken;
    // (The name opens its sentence or clause: not "in Hudson, New Hampshire Monday, the Christie supporter"; "after
    // Mizanur Karim, an opposition member of parliament, shared it" is a clause of its own.)
    // (After such a word only an apposition closed by its comma: in "with hosts Joe Scarborough and Mika Brzezinski, the
    // Democratic presidential candidate stated", the candidate is no apposition of Brzezinski's.)
    const closed = T[this.doc.tokenAt(mention.end - 1)]?.text === ',' || T[this.doc.tokenAt(mention.end - 1) + 1]?.text === ',';
    const opensClause = (m: Span) => {
      const j = this.doc.tokenAt(m.start) - 1;
      return j < sentenceStart || /^["“'‘—–-]$/.test(T[j]!.text) || (closed && CLAUSE_OPENERS.has(T[j]!.lower));
    };
    return this.doc.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions)
      .find((m) => m.end <= comma.start && this.doc.tokenAt(m.end) === i && this.doc.sentenceAt(m.start) === comma.sentence && opensClause(m));
  }

  /**
   * "An engineer in the corporation's water works department, who spoke on condition of anonymity, told …": a mention
   * of the place of work before a relative clause, where the person who works there is what the clause describes;
   * the person's phrase, to the mention's end. Undefined when the mention is not that.
   */
  private personBeforePlace(mention: Span): Span | undefined {
    const doc = this.doc, T = doc.tokens;
    const last = doc.tokenAt(mention.end - 1);
    if (!/^\s*,\s+who\s/.test(doc.text.slice(mention.end, mention.end + 8)) || T[last]?.pos !== 'NOUN' || isPersonNoun(T[last]!.lower)) return undefined;
    const first = doc.sentences[T[last]!.sentence]!.firstToken;
    // Back over the place's words (whatever their tags: "water works" may be read as a verb) to a person's noun and its
    // preposition, within a few words, no punctuation but a possessive's or a hyphen, and no verb but such a plural.
    for (let q = last - 1; q > first && last - q <= 8 && (T[q]!.pos !== 'PUNCT' || /^['’]s?$|^-$/.test(T[q]!.text))
      && !T[q]!.text.endsWith('.') && (T[q]!.pos !== 'VERB' || T[q]!.lower.endsWith('s')); q--) {
      if (T[q]!.pos === 'ADP' && T[q - 1]!.pos === 'NOUN' && isPersonNoun(T[q - 1]!.lower)) {
        const person = nounPhraseLeft(doc, q - 1, first, true);
        return person ? { start: person.span.start, end: mention.end } : undefined;
      }
    }
    return undefined;
  }

  /**
   * "Katrin Vogel, [, a spokeswoman for the mission,] told reporters": a speaker span the tagger opened on
   * the apposition's comma is the apposition (whose person then speaks, personBeforeRole).
   */
  private pastOpeningComma(mention: Span): Span {
    const T = this.doc.tokens, k = this.doc.tokenAt(mention.start), t = T[k], next = T[k + 1];
    if (!t || t.text !== ',' || t.start !== mention.start || !next || next.start >= mention.end) return mention;
    return { start: next.start, end: mention.end };
  }

  /**
   * "The alliance's spokesman, Bilal ag Assaleh, said": a speaker span the tagger opened on the possessive
   * mark ("'s spokesman, Bilal ag Assaleh,") takes its possessor back, whose spokesman it is.
   */
  private withPossessor(mention: Span): Span {
    const T = this.doc.tokens, k = this.doc.tokenAt(mention.start), t = T[k];
    if (!t || t.start !== mention.start || !/^['’]s$/.test(t.text) || t.spaceBefore || k === 0) return mention;
    const first = this.doc.sentences[t.sentence]!.firstToken;
    const owner = nounPhraseLeft(this.doc, k - 1, first, true);
    return owner ? { start: owner.span.start, end: mention.end } : mention;
  }

  /**
   * "…, her family said": a speaker span the tagger ended on a possessive determiner ("her") takes the
   * nouns it determines, so the family speaks, not the woman it belongs to.
   */
  private possessorsNoun(mention: Span): Span {
    const T = this.doc.tokens, k = this.doc.tokenAt(mention.start);
    if (T[k]?.end !== mention.end || !/^(?:her|his|their|its|our)$/i.test(T[k]!.text)) return mention;
    let end = k + 1;
    while (T[end] && T[end]!.sentence === T[k]!.sentence && (T[end]!.pos === 'NOUN' || (T[end]!.pos === 'ADJ' && T[end + 1]?.pos === 'NOUN')) && end - k <= 3) end++;
    // (People only: in "her remark that …", "his warning" she and he are who spoke.)
    const head = T[end - 1]!;
    return end > k + 1 && head.pos === 'NOUN' && (isPersonNoun(head.lower) || HOUSEHOLDS.has(head.lower)) ? { start: mention.start, end: head.end } : mention;
  }

  /** `whole`: false for one conjunct of a coordination, which must not grow back into the whole phrase. */
  resolve(mention: Span, whole = true): string[] {
    const labelled = this.speakerLabel(mention);
    if (labelled) return labelled;
    // "Fernanda Kuhn, [president of the Southern Aviators' Union], which represents …, claimed": the
    // tagger's speaker is the apposition, or a name inside it; the person it describes speaks.
    mention = this.withPossessor(this.pastOpeningComma(mention));
    const appositive = whole ? this.personBeforeRole(mention) : undefined;
    if (appositive) return this.resolve(appositive);
    // A mention cut inside a name ("Governor Maria" of "Governor Maria Santos") takes the whole name.
    // (The loop below changes the mention only when one of its tests holds for the mention as it is; when
    // none holds for the mention given, which is nearly always, it does nothing, and the index says so cheaply.)
    if (this.cutInsideName(mention)) for (const e of this.doc.entities) {
      if (e.type !== 'person' && e.type !== 'organization') continue;
      for (const m of e.mentions) if (m.start >= mention.start && m.start < mention.end && m.end > mention.end) mention = { start: mention.start, end: m.end };
      // … and one cut after a name's start ("Harbi, a spokesman …" of "Mansour al-Harbi", "Water Supply Company
      // (TWSC), the private operator …" of "Tbilisi Water Supply Company") starts with it.
      for (const m of e.mentions) if (m.start < mention.start && m.end > mention.start && m.end <= mention.end) mention = { start: m.start, end: mention.end };
    }
    mention = this.personBeforePlace(mention) ?? mention;
    mention = this.describedByParticiple(mention) ?? mention;
    mention = this.nameBeforeApposition(mention) ?? this.nameAfterCalling(mention) ?? this.describedName(mention) ?? mention;
    mention = this.wholeHyphenatedStart(mention);
    mention = this.nameAfterIntroducer(mention);
    mention = this.possessorsNoun(mention);
    let toks = this.tokensIn(mention);
    // "Rep. Brad Sherman (D-Calif.)", "Sen. Joe Manchin, D-W.Va.": a legislator's party and state
    // are no part of the name.
    const party = partyStateAt(toks);
    if (party) {
      toks = [...toks.slice(0, party.from), ...toks.slice(party.to)];
      mention = { start: mention.start, end: toks[toks.length - 1]!.end };
    }
    // "COLOMBO, June 4 — Sri Lanka's central bank": a dateline is no part of the source.
    const dated = afterDateline(this.doc, mention);
    if (dated !== undefined) {
      mention = { start: dated, end: mention.end };
      toks = this.tokensIn(mention);
    }
    // "the United Nations and Turkey and signed in Istanbul": a conjunction
    // followed by a verb joins clauses, not sources; the phrase ends before it.
    // (… and a relative clause is none of it: "two AlmatyGrid employees who spoke on condition …".)
    const clause = toks.findIndex((t, i) => i > 0 && ((t.pos === 'CCONJ' && (toks[i + 1]?.pos === 'VERB' || toks[i + 1]?.pos === 'AUX'))
      || ((t.lower === 'who' || t.lower === 'which') && toks[i - 1]!.pos === 'NOUN' && !toks.slice(i).some((x) => x.pos === 'PROPN'))));
    if (clause > 0) toks = toks.slice(0, clause);
    // "Last week the Cyprus Sentinel, citing flight records, reported": a time before the source is no part of it.
    const timed = toks.findIndex((t, i) => i > 0 && i <= 3 && t.lower === 'the');
    if (timed > 0 && toks.slice(0, timed).every((t) => TIME_WORDS.has(t.lower) || this.mentions.covers('date', t.start, t.end))) {
      toks = toks.slice(timed);
      mention = { start: toks[0]!.start, end: mention.end };
    }
    // "In a preliminary statement released on Saturday, the mission said": a phrase that opens with
    // a preposition and ends in a comma sets the scene; the source is what follows the comma.
    // (The tagger may leave the preposition out: "a preliminary statement released on Saturday, the mission".)
    if (toks[0]?.pos === 'ADP' || toks[0]?.lower === 'a' || toks[0]?.lower === 'an') {
      const comma = toks.map((t) => t.text).lastIndexOf(',');
      const rest = toks.slice(comma + 1);
      if (comma > 0 && rest.length && (toks[0]!.pos === 'ADP' || DEFINITE.has(rest[0]!.lower))
        && rest.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) {
        toks = toks.slice(comma + 1);
        mention = { start: toks[0]!.start, end: mention.end };
      }
    }
    // "The Emergency Lawyers group, which documents abuses": a relative clause
    // describes the source; it is no part of its name.
    // (… or a "whose" clause: "The Geraneia Volunteer Firefighters group, whose roughly 60 members …".)
    const relative = toks.findIndex((t, i) => i > 0 && t.text === ',' && (RELATIVE_PRONOUNS.has(toks[i + 1]?.lower ?? '') || toks[i + 1]?.lower === 'whose'));
    if (relative > 0) {
      toks = toks.slice(0, relative);
      mention = { start: mention.start, end: toks[toks.length - 1]!.end };
    }
    // "the Institute for the Study of War, a Washington-based think tank": a name's
    // apposition describes it; the source is the name.
    // (… or its short form in brackets between them: "Tbilisi Water Supply Company (TWSC), the private operator".)
    const nameEndBefore = (i: number) => (toks[i - 1]?.text === ')' && toks[i - 3]?.text === '(' && i >= 4 ? i - 4 : i - 1);
    const described = toks.findIndex((t, i) => i > 0 && t.text === ',' && DEFINITE_OR_INDEFINITE.has(toks[i + 1]?.lower ?? '') && toks[nameEndBefore(i)]?.pos === 'PROPN');
    const nameTo = described > 0 ? nameEndBefore(described) + 1 : described;
    // The apposition's head: its last noun before any phrase that qualifies it
    // ("an exiled news outlet based in Chiang Mai, Thailand": "outlet").
    let lastWord: Token | undefined;
    for (let i = described + 2; described > 0 && i < toks.length; i++) {
      const t = toks[i]!;
      if (t.pos === 'NOUN') lastWord = t;
      // (… past a plural's possessive mark: "a nurses' union" is a union.)
      else if (!(t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'PROPN' || t.text === '-' || /^['’]s?$/.test(t.text))) break;
    }
    lastWord ??= [...toks].reverse().find((t) => t.pos !== 'PUNCT');
    // (… or what the apposition says is an institution: "Al-Manar, the Hezbollah-run television station".)
    const orgBefore = described > 0 && (this.mentions.endsAt('organization', toks[nameTo - 1]!.end)
      || INSTITUTION_HEADS.has(lastWord?.lower ?? ''));
    let descriptor: string | undefined;
    // (A person's apposition is not an institution's: "Amina, a woman from Eritrea".)
    const human = !!lastWord && (HUMAN_NOUNS.has(singularOf(lastWord.lower)) || ROLE_NOUNS.has(lastWord.lower));
    if (described > 0 && human && lastWord?.pos === 'NOUN') {
      const T = this.doc.tokens, nameEnd = toks[described - 1]!.end;
      const personBefore = this.mentions.endsAt('person', nameEnd);
      // "Matt Bennett, a former aide to …": the person the apposition describes.
      if (personBefore) {
        toks = toks.slice(0, described);
        mention = { start: mention.start, end: toks[toks.length - 1]!.end };
      } else if (T[this.doc.tokenAt(mention.end)]?.text !== ',' && toks[toks.length - 1]!.text !== ',' && orgBefore) {
        // "In a 2013 video uncovered by Fox News, a veteran diplomat said": no apposition closes
        // before the verb, so the person after the comma is its subject.
        toks = toks.slice(described + 1);
        mention = { start: toks[0]!.start, end: mention.end };
      }
    } else if (described > 0 && orgBefore && lastWord?.pos === 'NOUN') {
      // ("the group" later refers back to it: the apposition's head is kept as what it is.)
      descriptor = lastWord.lower;
      toks = toks.slice(0, nameTo);
      mention = { start: mention.start, end: toks[toks.length - 1]!.end };
    }
    // "… by a drone attack, the regional governor said": an apposition's right
    // half is the source when the left half names nobody (no name, no role).
    const comma = toks.findIndex((t, i) => t.text === ',' && i + 1 < toks.length && (DEFINITE_OR_INDEFINITE.has(toks[i + 1]!.lower) || toks[i + 1]!.pos === 'NOUN'));
    // (… or when the left half is itself a description, ending in a common noun: "Myitkyina, the Kachin
    // State capital, the rescue association said" — not "Reuters, the news agency".)
    const leftOf = toks.slice(0, comma);
    // (Not a name's lower-case part: "Park Hye-rim, the site's editor".)
    const describes = comma > 0 && DEFINITE.has(toks[comma + 1]!.lower) && toks[comma - 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(toks[comma - 1]!.text)
      && !this.mentions.endsAt('person', toks[comma - 1]!.end);
    if (comma > 0 && !leftOf.some((t) => t.pos === 'PRON' || ROLE_NOUNS.has(t.lower)) && (describes || !leftOf.some((t) => t.pos === 'PROPN'))) {
      toks = toks.slice(comma + 1);
      mention = { start: toks[0]!.start, end: mention.end };
    } else {
      // ("The website, El Sótano, reported", "The tanker's manager, Athens-based Kallisto Ship Management, confirmed": a
      // description in common nouns, then the organisation's name it describes, which speaks.)
      const named = toks.findIndex((t, i) => t.text === ',' && i > 1 && i + 1 < toks.length);
      const left = named > 0 ? toks.slice(0, named) : [];
      if (named > 0 && DEFINITE_OR_INDEFINITE.has(left[0]!.lower) && left[left.length - 1]!.pos === 'NOUN'
        && left.every((t) => t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'ADJ' || /^['’]s$/.test(t.text))) {
        const org = this.mentions.within('organization', { start: toks[named + 1]!.start, end: mention.end })[0];
        // (Only modifiers between: "Athens-based"; not "prepared by consultancy X", which says who made what the left half names.)
        const between = this.tokensIn({ start: toks[named + 1]!.start, end: org?.span.start ?? 0 });
        if (org && between.every((t, i) => t.pos === 'ADJ' || t.text === '-' || between[i + 1]?.text === '-' || between[i - 1]?.text === '-')) {
          toks = toks.slice(named + 1);
          mention = { start: toks[0]!.start, end: mention.end };
        }
      }
    }
    // A source is a noun phrase: a tagged span that runs on into a verb or
    // preposition ("the United Nations and Turkey and signed in") is cut back
    // to its last noun.
    // (A capitalised word after a name is the name's, whatever its tag: "the news site Tbilisi Now".)
    // (… or the last word of a name the entities layer found: "City Focus", whose "Focus" the tagger read as a verb.)
    // (… or, alone, a word the article writes elsewhere as an organisation's name: "Aramide", a company's short
    // name the tagger read as an adverb where it opens a sentence.)
    // (… or an abbreviation that ends one: "Verity NZ".)
    const namesEnd = (k: number) => (/^\p{Lu}\p{Ll}/u.test(toks[k]!.text) || (/^\p{Lu}+$/u.test(toks[k]!.text) && this.mentions.covers('organization', toks[k]!.start, toks[k]!.end))) && toks[k]!.pos !== 'PUNCT'
      && ((k > 0 && toks[k - 1]!.pos === 'PROPN') || this.mentions.covers('organization', toks[k]!.start, toks[k]!.end)
        || (toks.length === 1 && this.doc.entities.some((e) => e.type === 'organization' && e.mentions.some((m) => m.end - m.start === toks[k]!.text.length && this.doc.slice(m) === toks[k]!.text))));
    while (toks.length && NOT_FINAL.has(toks[toks.length - 1]!.pos) && !namesEnd(toks.length - 1) && !(toks.length === 1 && QUANTIFIERS.test(toks[0]!.lower))) toks.pop();
    if (!toks.length) return [];
    if (toks[toks.length - 1]!.end !== mention.end) mention = { start: mention.start, end: toks[toks.length - 1]!.end };
    // Coordination: each conjunct with a noun of its own is a source of its own.
    // (Not an "and" inside a name: "Securities and Futures Commission".)
    const inName = (t: Token) => this.mentions.covers('organization', t.start, t.end, true) || this.mentions.covers('person', t.start, t.end, true);
    const parts: Token[][] = [];
    // ("Kestrel's founder and chief executive, Oona Pettersen": one person's offices, then the person, are one source.)
    for (const p of toks.some((t) => t.pos === 'CCONJ') && this.officesThenName(toks) ? [toks] : splitConjuncts(toks)) {
      // (Parts split at an "and" inside a name are joined again, with the "and" between them.)
      const last = parts[parts.length - 1];
      const gap = last ? toks.slice(toks.indexOf(last[last.length - 1]!) + 1, toks.indexOf(p[0]!)) : [];
      if (last && gap.some(inName)) parts[parts.length - 1] = [...last, ...gap, ...p];
      else parts.push(p);
    }
    if (parts.length > 1) return parts.flatMap((p) => this.resolve({ start: p[0]!.start, end: p[p.length - 1]!.end }, false));

    const first = toks[0]!;
    const last = toks[toks.length - 1]!;
    // ("…, one [of them seriously], …": a span the tagger took from inside a phrase, a preposition and a pronoun
    // that name nobody; the person who opens the sentence speaks, "The regional governor, X, wrote that …".)
    if (first.pos === 'ADP' && toks.length > 1 && toks.some((t) => t.pos === 'PRON') && !toks.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) {
      const opener = this.personOpening(mention.start);
      return opener && this.doc.sentenceAt(opener.m.start) === this.doc.sentenceAt(mention.start) ? this.resolve(opener.m) : [];
    }
    if (toks.length === 1 && first.pos === 'PRON') return this.resolvePronoun(first, mention);
    // "who chairs the traders' association": a relative clause the tagger took whole is its pronoun's.
    if (toks.length > 2 && (first.lower === 'who' || first.lower === 'which')) {
      // (… when there is a phrase before it for the pronoun to stand for.)
      let j = this.doc.tokenAt(first.start) - 1;
      if (this.doc.tokens[j]?.text === ',') j--;
      const sentenceStart = j >= 0 ? this.doc.sentences[this.doc.tokens[j]!.sentence]!.firstToken : 0;
      if (j >= 0 && nounPhraseLeft(this.doc, j, sentenceStart)) return this.resolvePronoun(first, { start: first.start, end: first.end });
    }
    // "According to its latest release": a document the pronoun's referent wrote speaks for that referent.
    if (toks.length <= 4 && (first.lower === 'its' || first.lower === 'their') && AUTHORED_NOUNS.has(last.lemma)
      && toks.slice(1, -1).every((t) => t.pos === 'ADJ' || t.pos === 'NOUN')) {
      const owner = this.resolvePronoun(first, { start: first.start, end: first.end });
      if (owner.length) return owner;
    }
    // "one of them": a member of the group the pronoun refers to.
    if (toks.length === 3 && toks[1]!.lower === 'of' && last.pos === 'PRON') return this.resolvePronoun(last, mention);
    // "the chief veterinary officer", "the [police chief]" (the tagger may leave the article out): a longer
    // description, or one without its article, may only be a person named before with that office.
    const articleBefore = DEFINITE.has(this.doc.tokens[this.doc.tokenAt(mention.start) - 1]?.lower ?? '');
    if (toks.length <= 5 && (DEFINITE.has(first.lower) ? toks.length > 3 : articleBefore) && !toks.some((t) => t.pos === 'PROPN')) {
      const found = this.personDescribed(toks, mention.start);
      if (found) { found.mentions.push(mention); return [found.id]; }
    }
    // "Dragan Milosavljevic walked down to the river …. '…,' the 63-year-old retired mechanic said": a person
    // described by age is the person named at the start of this sentence or the one before.
    // (… or, failing that, the person named last in its paragraph, a sentence or so before: "… quoted a village elder,
    // Abdumalik Sadyrov, who said …. '…,' the 71-year-old told the site".)
    if (DEFINITE.has(first.lower) && toks.length <= 10 && /\b\d+-year-old\b/.test(this.doc.slice(mention))) {
      const opener = this.personOpening(mention.start);
      const person = opener ? this.named(opener.m, this.tokensIn(opener.m), true) : this.personNamedJustBefore(mention.start);
      if (person) {
        person.mentions.push(mention);
        return [person.id];
      }
    }
    // "In a statement released the day after, the department said …. …, the statement said": the
    // statement is the words of whoever made the statement the article mentioned last.
    // (Singular: "the emails" of "according to internal emails obtained by X" are documents of their own.)
    if (toks.length <= 3 && DEFINITE.has(first.lower) && STATEMENT_NOUNS.has(last.lower)) {
      // (The maker first: it may be a source made only now, by name.)
      const makerId = this.statementMaker(last, mention.start);
      const maker = this.sources.find((x) => x.id === makerId);
      if (maker) { maker.mentions.push(mention); return [maker.id]; }
    }
    if (toks.length <= 3 && DEFINITE.has(first.lower) && !toks.some((t) => t.pos === 'PROPN')) {
      // ("the company": one named just before, else the one that spoke, else one named a little earlier.)
      const company = toks.length === 2 && COMPANY_ANAPHORS.has(last.lower);
      // (In a spokesperson's words, "the agency" is the body the spokesperson speaks for: "An OCHA spokesperson said
      // the agency could not yet verify the figures", though another agency spoke last.)
      const found = (toks.length === 2 ? this.speakersBody(last.lower, mention.start) : undefined)
        ?? (company ? this.companyNamedJustBefore(mention.start) ?? this.companyOpening(mention.start) : undefined)
        ?? this.resolveDescription(toks, mention.start) ?? this.entityDescribed(last, mention.start) ?? this.personDescribed(toks, mention.start)
        ?? (company ? this.recentCompany(mention.start) : undefined)
        ?? (toks.length === 2 && GROUP_NOUNS.has(last.lower) ? this.recentOrganisation(mention.start) : undefined);
      if (found) { found.mentions.push(mention); return [found.id]; }
    }
    const source = this.named(mention, toks, false, whole);
    if (descriptor) {
      (this.descriptors.get(source) ?? this.descriptors.set(source, new Set()).get(source)!).add(descriptor);
      // ("Al-Manar, the Hezbollah-run television station": a medium.)
      if (MEDIA_NOUNS.has(descriptor) && source.kind !== 'person') source.kind = 'media';
    }
    return [source.id];
  }

  /**
   * "Kestrel's founder and chief executive, Oona Pettersen": the words before the last comma name offices (a role
   * noun, no person's name) and a person's name alone follows it.
   */
  private officesThenName(toks: Token[]): boolean {
    let end = toks.length;
    if (toks[end - 1]?.text === ',') end--;
    let c = end - 1;
    while (c > 0 && toks[c]!.text !== ',') c--;
    if (c <= 0 || c >= end - 1) return false;
    const name = { start: toks[c + 1]!.start, end: toks[end - 1]!.end };
    if (!this.mentions.within('person', name).some((m) => m.start === name.start && m.end === name.end)) return false;
    const before = toks.slice(0, c);
    if (before.some((t) => this.mentions.covers('person', t.start, t.end, true))) return false;
    // (Every conjunct an office: not "the company and France's secretary of state, Pascale Boistard".)
    const conjuncts: Token[][] = [[]];
    for (const t of before) if (t.pos === 'CCONJ') conjuncts.push([]); else conjuncts[conjuncts.length - 1]!.push(t);
    return conjuncts.every((p) => p.some((t) => ROLE_NOUNS.has(t.lower)));
  }

  /** Whether a person's or organisation's mention starts inside `m` and ends after it, or starts before it and ends inside. */
  private cutInsideName(m: Span): boolean {
    for (const type of ['person', 'organization'] as const) {
      const { list } = this.mentions.of(type);
      for (let i = EntityMentions.lowerBound(list, m.start); i < list.length && list[i]!.start < m.end; i++) if (list[i]!.end > m.end) return true;
    }
    for (const type of ['person', 'organization'] as const) {
      const { list, maxLen } = this.mentions.of(type);
      for (let i = EntityMentions.lowerBound(list, m.start - maxLen); i < list.length && list[i]!.start < m.start; i++) {
        const x = list[i]!;
        if (x.end > m.start && x.end <= m.end) return true;
      }
    }
    return false;
  }

  /**
   * "An inspector involved in the sampling, who …, said": a mention that is only the object of a
   * participle's phrase belongs to the person the participle describes.
   */
  private describedByParticiple(mention: Span): Span | undefined {
    const T = this.doc.tokens, j = this.doc.tokenAt(mention.start) - 1;
    // ("[Residents] reached by phone in Niamey said": a mention that opens with the participle starts with
    // the people it describes.)
    const first = T[j + 1];
    // (A sentence's first word may be read as a name: "Residents".)
    const opening = first ? this.doc.sentences[first.sentence]!.firstToken : -1;
    if (first && first.pos === 'VERB' && /^\p{Ll}+ed$/u.test(first.text) && (T[j]?.pos === 'NOUN' || (T[j]?.pos === 'PROPN' && j === opening)) && T[j + 2]?.pos === 'ADP') {
      const head = T[j]!.lower;
      const np = T[j]!.pos === 'NOUN' ? nounPhraseLeft(this.doc, j, opening, true) : { span: { start: T[j]!.start } };
      if (np && (isPersonNoun(head) || PEOPLES_BODIES.has(head))) return { start: np.span.start, end: mention.end };
    }
    // (A particle may follow the participle: "a residents' committee set up after the floods".)
    const p = T[j - 1]?.pos === 'ADP' && /^(?:up|out|down)$/.test(T[j - 1]!.lower) ? j - 2 : j - 1;
    const participle = T[p];
    if (T[j]?.pos !== 'ADP' || !(participle?.pos === 'VERB' || participle?.pos === 'ADJ')
      || !(/^\p{Ll}+(?:ed|ing)$/u.test(participle.text) || (p < j - 1 && /^\p{Ll}+$/u.test(participle.text))) || T[p - 1]?.pos !== 'NOUN') return undefined;
    const np = nounPhraseLeft(this.doc, p - 1, this.doc.sentences[T[j]!.sentence]!.firstToken, true);
    // (… or a body of people: "a veterans' group founded after the war says".)
    const head = T[p - 1]!.lower;
    return np && (isPersonNoun(head) || PEOPLES_BODIES.has(head)) ? { start: np.span.start, end: mention.end } : undefined;
  }

  /** "a group calling itself Ashfall", "an account called @X", "a militia known as Y": the name it goes by. */
  private nameAfterCalling(mention: Span): Span | undefined {
    const doc = this.doc, T = doc.tokens;
    let k = doc.tokenAt(mention.end);
    if (T[k - 1] && T[k - 1]!.end !== mention.end) return undefined;
    // (Only a common noun goes by a name: "Sanders named five people", "Trump called LeVell" are acts.)
    const own = this.tokensIn(mention);
    if (!own.length || own.some((t) => t.pos === 'PROPN') || own[own.length - 1]!.pos !== 'NOUN' || !/^\p{Ll}/u.test(own[own.length - 1]!.text)) return undefined;
    const naming = namingWords(T, k);
    if (!naming) return undefined;
    k += naming;
    const e = doc.entities.find((x) => x.type !== 'place' && x.type !== 'date' && x.mentions.some((m) => m.start === T[k]?.start));
    return e?.mentions.find((m) => m.start === T[k]!.start);
  }

  /**
   * A transcript's speaker label in capitals ("LT. CMDR. ARNEL BAUTISTA, PHILIPPINE COAST GUARD",
   * "RIVERA", "PRESENTER (LORNA DIZON)"): the person the article names with the label's last name,
   * with the office or organisation after the comma; else the label as written.
   */
  private speakerLabel(mention: Span): string[] | undefined {
    const doc = this.doc;
    // (A label opens its line: the cheap test first, on every mention resolved.)
    if (mention.start > 0 && doc.text.charCodeAt(mention.start - 1) !== 10) return undefined;
    const text = doc.slice(mention);
    if (/\p{Ll}/u.test(text) || !/\p{Lu}{3}/u.test(text)) return undefined;
    const [head, ...rest] = text.split(',');
    const inner = /\(([^)]*)\)/.exec(head!)?.[1];
    const words = (inner ?? head!.replace(/\(.*$/, '')).trim().split(/\s+/).map((w) => w.replace(/[.'’]+$/, '').toLowerCase());
    const last = words[words.length - 1];
    if (!last || last.length < 2) return undefined;
    // (A person the prose names, in lower-case letters too.)
    const person = doc.entities.find((e) => e.type === 'person' && e.name.toLowerCase().split(/\s+/).pop() === last
      && e.mentions.some((m) => /\p{Ll}/u.test(doc.slice(m))));
    if (!person) return undefined;
    const ids = this.resolve(person.mentions.find((m) => /\p{Ll}/u.test(doc.slice(m)))!);
    const s = this.sources.find((x) => x.id === ids[0]);
    if (!s) return ids;
    s.mentions.push(mention);
    // The label's second part: an organisation ("PHILIPPINE COAST GUARD") or an office ("CORRESPONDENT").
    const after = rest.join(',').replace(/\(.*$/, '').trim().toLowerCase();
    if (after) {
      // (Named in the article's prose, not only in a label: a label's "PASSENGER" reads as an acronym.)
      const lineOf = (m: Span) => doc.text.slice(doc.text.lastIndexOf('\n', m.start) + 1, (doc.text.indexOf('\n', m.end) + 1 || doc.text.length + 1) - 1);
      const prose = (e: Entity) => e.type === 'organization' && e.mentions.some((m) => /\p{Ll}/u.test(lineOf(m).replace(/\([^)]*\)/g, '')));
      const org = doc.entities.find((e) => prose(e) && e.name.toLowerCase() === after)
        ?? doc.entities.find((e) => prose(e) && after.endsWith(e.name.toLowerCase()) && /\p{Ll}/u.test(e.name));
      // (What another reader took from the label in capitals, "LINES", gives way.)
      if (s.affiliation && !/\p{Ll}/u.test(s.affiliation)) s.affiliation = undefined;
      if (org && !s.affiliation) s.affiliation = org.name;
      else if (!org && !s.role && after.split(/\s+/).every((w) => ROLE_NOUNS.has(w) || AGENT_NOUN.test(w))) s.role = after;
    }
    return ids;
  }

  /**
   * "an article on Rodos Express, a local news site, which reported …": a mention that is the
   * apposition of a name right before it (an organisation's or a person's) is that name.
   */
  private describedName(mention: Span): Span | undefined {
    const doc = this.doc, T = doc.tokens;
    // (The tagger may take the apposition's closing comma too.)
    let end = doc.tokenAt(mention.end - 1);
    if (T[end]?.text === ',' && end > 0) end--;
    // (The tagger may leave the article out: "the [Dubai-based company]".)
    let k = doc.tokenAt(mention.start);
    if (!/^(?:a|an|the)$/.test(T[k]?.lower ?? '') && /^(?:a|an|the)$/.test(T[k - 1]?.lower ?? '')) k--;
    const last = T[end];
    if (!/^(?:a|an|the)$/.test(T[k]?.lower ?? '') || T[k - 1]?.text !== ',' || !last || last.pos !== 'NOUN' || !/^\p{Ll}/u.test(last.text)) return undefined;
    const before = T[k - 2];
    if (!before || before.sentence !== T[k]!.sentence) return undefined;
    // (The apposition speaks through a relative clause: "…, which reported". Not "In a statement on
    // Telegram, the ministry said", a scene and then the subject, nor "her distaste for Donald Trump,
    // the current GOP front-runner, saying …", where the speaker is another.)
    // (… or through the clause's own verb: "Radio Kollasuyo, a local broadcaster, reported", not a participle.)
    const after = end + 1;
    const relative = (t: Token | undefined) => !!t && /^(?:which|who)$/.test(t.lower);
    const finite = (t: Token | undefined) => !!t && t.pos === 'VERB' && !t.lower.endsWith('ing') && /^\p{Ll}/u.test(t.text);
    // (… or, for an institution, through a participle that goes on describing it: "Qadir Marine
    // Services, the Dubai-based company listed as the tanker's manager …, denies".)
    const describing = INSTITUTION_HEADS.has(last.lower) && T[after]?.pos === 'VERB' && /ed$/.test(T[after]!.lower);
    if (!relative(T[after]) && !describing && !(T[after]?.text === ',' && (relative(T[after + 1]) || finite(T[after + 1])))) return undefined;
    for (const e of doc.entities) {
      if (e.type !== 'organization' && e.type !== 'person') continue;
      const m = e.mentions.find((x) => x.end === before.end);
      if (m) return m;
    }
    return undefined;
  }

  /**
   * "The Steppe Courier, an independent news outlet based in Almaty,
   * Kazakhstan, reported": a place that ends the apposition of a name that
   * opens the sentence is where the source is, not who it is; the source is
   * the name. Only across words an apposition is made of (no verb but a
   * participle such as "based").
   */
  private nameBeforeApposition(mention: Span): Span | undefined {
    const doc = this.doc, T = doc.tokens;
    // "… the Centro de Derechos Humanos Tierra y Dignidad, [a Morelia-based human rights group,] alleged": an
    // indefinite description set off by a comma describes the organisation named right before it.
    const k0 = doc.tokenAt(mention.start);
    // ("[Ebonyx, one of Nigeria's fastest-growing cryptocurrency exchanges,] insisted": a name and its description,
    // taken whole; the name speaks.)
    for (const type of ['organization', 'person'] as const) {
      const m = this.mentions.within(type, mention).find((x) => x.start === mention.start);
      const n = m ? doc.tokenAt(m.end) : -1;
      if (m && m.end < mention.end && T[n]?.text === ',' && T[n + 1]?.lower === 'one' && T[n + 2]?.lower === 'of' && T[n + 2]!.end <= mention.end) return { start: m.start, end: m.end };
    }
    // (… or a definite one after the organisation that opens the sentence: "The Chemical Weapons Verification Authority,
    // [the treaty body in The Hague that …,] said"; not "… posted on Telegram, [the ministry] said".)
    if (/^(?:a|an|the)$/i.test(T[k0]?.text ?? '') && T[k0 - 1]?.text === ',' && T[k0 - 2] && this.mentions.endsAt('organization', T[k0 - 2]!.end)) {
      const end = T[k0 - 2]!.end, first = doc.sentences[T[k0]!.sentence]!.firstToken;
      const m = this.mentions.within('organization', { start: doc.sentences[T[k0]!.sentence]!.start, end }).find((x) => x.end === end);
      const opens = !!m && (doc.tokenAt(m.start) === first || (doc.tokenAt(m.start) === first + 1 && T[first]!.lower === 'the'));
      // (Not what "according to" cites: "According to the Kyiv Independent, a police spokesman said" is two sources.)
      if (m && !afterAccordingTo(doc, doc.tokenAt(m.start)) && (T[k0]!.lower !== 'the' || opens)) return { start: m.start, end: m.end };
    }
    // (A place's mention that covers the mention, or all of it but its last character; after its article:
    // "a Morelia[-based human rights group]".)
    let k = doc.tokenAt(mention.start);
    const from = /^(?:a|an|the)$/i.test(T[k]?.text ?? '') && T[k + 1] && T[k + 1]!.start < mention.end ? T[k + 1]!.start : mention.start;
    const place = this.mentions.covers('place', from, mention.end - 1);
    if (!place) return undefined;
    if (from !== mention.start) k++;
    const first = doc.sentences[T[k]!.sentence]!.firstToken;
    let opener = -1;
    for (let i = k - 1; i > first; i--) {
      const t = T[i]!;
      // (The comma nearest the mention opens its apposition.)
      if (opener < 0 && t.text === ',' && /^(?:a|an|the)$/.test(T[i + 1]?.lower ?? '')) opener = i;
      if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ed$/.test(t.lower)) || t.pos === 'PRON' || t.pos === 'SCONJ') return undefined;
    }
    if (opener < 0) return undefined;
    // An organisation or person the entity layer named right before the comma ("In a report published last
    // week, the Centro de Derechos Humanos Tierra y Dignidad, a Morelia-based human rights group, alleged").
    const end = T[opener - 1]!.end;
    for (const type of ['organization', 'person'] as const) {
      if (!this.mentions.endsAt(type, end)) continue;
      const m = this.mentions.within(type, { start: T[first]!.start, end }).find((x) => x.end === end);
      if (m) return { start: m.start, end: m.end };
    }
    // The name: capitalised words from the sentence's start (after "The") to the opening comma.
    let a = first;
    if (T[a]!.lower === 'the') a++;
    for (let i = a; i < opener; i++) if (!/^\p{Lu}/u.test(T[i]!.text) && T[i]!.text !== '-' && !/^(?:of|for|and)$/.test(T[i]!.lower)) return undefined;
    return opener > a ? { start: T[a]!.start, end: T[opener - 1]!.end } : undefined;
  }

  private tokensIn(s: Span): Token[] {
    const out: Token[] = [];
    for (let i = this.doc.tokenAt(s.start); i < this.doc.tokens.length && this.doc.tokens[i]!.start < s.end; i++) out.push(this.doc.tokens[i]!);
    return out;
  }

  /**
   * "The Darfur Physicians Network said … 'the group wrote'", "The RSF rejected the accusations. …
   * the group said": a bare "the group" that no name or apposition explains is, like "it", the
   * organisation that spoke last, if it did so in this sentence or the one before.
   */
  private recentOrganisation(at: number, named = true, back = 1): Source | undefined {
    const sentence = this.doc.sentenceAt(at);
    let best: Source | undefined, bestAt = -1;
    for (const s of this.sources) {
      // (`named`: only one with a name; else also one the text describes, "the health ministry", "the site".)
      if (s.kind === 'person' || s.kind === 'document' || s.kind === 'unspecified' || s.anonymous || (named && (!s.entity || s.kind === 'media'))) continue;
      for (const m of s.mentions) if (m.end <= at && m.start > bestAt && this.doc.sentenceAt(m.start) >= sentence - back) { bestAt = m.start; best = s; }
    }
    return best;
  }

  /**
   * "Marit Svendsen, a spokeswoman for the UN Office for the Coordination of Humanitarian Affairs,
   * told reporters that the agency had received …": an institution's noun in what someone says for
   * an institution is that institution, the organisation named as the speaker's affiliation (when
   * the noun is a generic one, or one the affiliation's name holds: "the ministry" of a ministry's
   * spokesman, not of a company's).
   */
  /**
   * Who made the statement the article mentioned last before `at`, within three sentences: the
   * speaker it was the medium of ("In a statement on Friday, the prosecutor's office said", "X said
   * in a statement"), or the source it was ("a statement posted by the coast guard said").
   */
  private statementMaker(noun: Token, at: number): string | undefined {
    const T = this.doc.tokens, k = this.doc.tokenAt(at), sentence = T[k]!.sentence;
    for (let i = k - 1; i >= 0 && T[i]!.sentence >= sentence - 3; i--) {
      // (Its lemma, or its very word, whatever its tag: "a post by …" may be read as a verb.)
      if (T[i]!.lemma !== noun.lemma && T[i]!.lower !== noun.lower) continue;
      // (Only the latest mention of such a document.)
      const t = T[i]!;
      const inSentence = this.doc.attributions.filter((x) => x.source && this.doc.sentenceAt(x.cue.start) === t.sentence);
      const was = inSentence.find((x) => x.sourceMention && x.sourceMention.start <= t.start && t.end <= x.sourceMention.end);
      if (was) return was.source!;
      // (The report the statement was the medium of: the one whose cue holds it, "said in a statement",
      // else, after "in", the report whose cue ends right before "in" or the first cue that follows it.)
      const holds = inSentence.find((x) => x.cue.start <= t.start && t.end <= x.cue.end);
      if (holds) return holds.source!;
      // ("The claim originated in an Oct. 3 post by Bazar Dor Update, a Facebook page …. The post said": who posted it.)
      if (T[i + 1]?.lower === 'by' || T[i + 1]?.lower === 'from') {
        const at = T[i + 2]?.lower === 'the' ? i + 3 : i + 2;
        const m = (['organization', 'person'] as const).map((type) => this.mentions.within(type, { start: T[at]?.start ?? 0, end: T[at + 6]?.end ?? this.doc.text.length })[0])
          .find((x) => x && x.start === T[at]?.start);
        if (m) return this.named(m.span, this.tokensIn(m.span), true, false).id;
      }
      let j = i - 1;
      while (j >= 0 && (T[j]!.pos === 'ADJ' || T[j]!.pos === 'DET')) j--;
      if (T[j]?.lower !== 'in') return undefined;
      const before = inSentence.find((x) => this.doc.tokenAt(x.cue.end - 1) === j - 1);
      if (before) return before.source!;
      return inSentence.filter((x) => x.cue.start >= t.end).sort((x, y) => x.cue.start - y.cue.start)[0]?.source ?? undefined;
    }
    return undefined;
  }

  private speakersBody(noun: string, at: number): Source | undefined {
    if (!ORG_HEADS.has(noun) && !GROUP_NOUNS.has(noun)) return undefined;
    const said = this.doc.attributions.find((a) => a.source && a.content.some((c) => c.start <= at && at < c.end));
    const speaker = said ? this.sources.find((x) => x.id === said.source) : undefined;
    const affiliation = speaker?.affiliation;
    if (!affiliation || (!GENERIC_BODIES.has(noun) && !affiliation.toLowerCase().split(/\s+/).includes(noun))) return undefined;
    // (By its name, or by the organisation whose name or one of whose mentions it is: "OCHA" of "the UN Office for the
    // Coordination of Humanitarian Affairs (OCHA)".)
    const e = this.doc.entities.find((x) => x.type === 'organization' && (x.name === affiliation || x.mentions.some((m) => this.doc.slice(m) === affiliation)));
    const known = this.sources.find((x) => x !== speaker && (x.name === affiliation || (!!e && x.entity === e.id)));
    if (known) return known;
    const m = e?.mentions.find((x) => x.end <= at);
    return m ? this.named(m, this.tokensIn(m), true, false) : undefined;
  }

  private resolvePronoun(t: Token, mention: Span): string[] {
    const before = (s: Source) => s.mentions.some((m) => m.end <= t.start);
    const latest = (pred: (s: Source) => boolean) => {
      let best: Source | undefined, at = -1;
      for (const s of this.sources) {
        if (!pred(s)) continue;
        for (const m of s.mentions) if (m.end <= t.start && m.start > at) { at = m.start; best = s; }
      }
      return best;
    };
    let target: Source | undefined;
    if (RELATIVE_PRONOUNS.has(t.lower)) {
      // "South Korean intelligence, which reported …": the phrase before the comma.
      let j = this.doc.tokenAt(t.start) - 1;
      // ("A livestock trader who fled to El Obeid, and who asked not to be named, told …": a second relative
      // clause is the first's; its pronoun stands for what the first one's does.)
      if (this.doc.tokens[j]?.lower === 'and') {
        const T = this.doc.tokens, first = this.doc.sentences[T[j]!.sentence]!.firstToken;
        let w = j - 1;
        while (w > first && T[w]!.lower !== t.lower) w--;
        if (w > first && T[w]!.lower === t.lower) return this.resolvePronoun(T[w]!, mention);
      }
      if (this.doc.tokens[j]?.text === ',') j--;
      const first = j >= 0 ? this.doc.sentences[this.doc.tokens[j]!.sentence]!.firstToken : 0;
      let np = j >= 0 ? nounPhraseLeft(this.doc, j, first) : null;
      // (A name the POS tagger ended with a verb: "channel City Focus, which said".)
      if (!np && j >= 0) {
        const named = this.doc.entities.flatMap((e) => (e.type === 'place' ? [] : e.mentions)).find((m) => m.end === this.doc.tokens[j]!.end);
        if (named) np = { span: named, startTok: this.doc.tokenAt(named.start), endTok: j + 1 };
      }
      // ("A person at a London marine insurer that covers the vessel, who spoke on condition of anonymity": not the
      // object of a relative clause before, a thing; the phrase the clause hangs on, and the person before it below.)
      if (np && t.lower === 'who' && !isPersonNoun(this.doc.tokens[np.endTok - 1]!.lower) && !this.mentions.covers('person', np.span.start, np.span.end)) {
        const T = this.doc.tokens;
        let r = np.startTok - 1;
        while (r > first && !/^(?:that|which)$/.test(T[r]!.lower) && T[r]!.text !== ',' && T[r]!.pos !== 'PUNCT') r--;
        // (… or a participle's phrase set off by commas: "A resident of Vorukh, reached by telephone, who asked …".)
        const participle = T[np.startTok - 1]?.pos === 'ADP' && T[np.startTok - 2]?.pos === 'VERB' && /(?:ed|ing)$/.test(T[np.startTok - 2]!.lower) && T[np.startTok - 3]?.text === ',';
        if (participle) r = np.startTok - 3;
        const outer = r > first && (participle || (/^(?:that|which)$/.test(T[r]!.lower) && (T[r + 1]?.pos === 'VERB' || T[r + 1]?.pos === 'AUX'))) ? nounPhraseLeft(this.doc, r - 1, first) : null;
        // (Only to a person: "a person at [an insurer] that covers the vessel, who"; not "phrases that appealed to
        // working-class voters who believed", where the voters believe.)
        const person = (k: number) => !!T[k] && T[k]!.pos === 'NOUN' && isPersonNoun(T[k]!.lower);
        // (The person may head a phrase with "of": "A resident of Vorukh".)
        let personIn = false;
        if (outer) for (let q = outer.startTok; q < outer.endTok && !personIn; q++) personIn = person(q);
        if (outer && (personIn || (T[outer.startTok - 1]?.pos === 'ADP' && person(outer.startTok - 2)))) np = outer;
      }
      // ("an aid worker in the region who": "who" is the person, not the place after the preposition.)
      // (Also over a modifier the phrase left out and an apposition's comma: "an aid worker in
      // neighbouring Chin State, who", "Another resident, from the Zubair district, who".)
      if (np && t.lower === 'who') {
        const T = this.doc.tokens;
        let k = this.doc.tokenAt(np.span.start) - 1;
        // (… and a count: "Relatives of two other detained reporters, who …".)
        while (k > first && (T[k]!.pos === 'ADJ' || T[k]!.pos === 'VERB' || T[k]!.pos === 'NUM') && /^[a-z0-9]/.test(T[k]!.text)) k--;
        let h = k - 1;
        if (T[h]?.text === ',' && !isPersonNoun(T[np.endTok - 1]!.lower) && !this.mentions.covers('person', np.span.start, np.span.end)) h--;
        if (T[k]?.pos === 'ADP' && T[h]?.pos === 'NOUN') {
          const w = T[h]!.lower;
          const outer = nounPhraseLeft(this.doc, h, first);
          if (outer && isPersonNoun(w)) np = { ...outer, span: { start: outer.span.start, end: np.span.end } };
        }
      }
      // ("Rosa Lind, a wellness influencer with 400,000 followers, who said …": "who" after the apposition
      // of a person just named is that person, not the apposition's noun.)
      // (Not when the phrase before "who" is itself a person's name: "the Minister for …, Dimitris Alexandrou, who told".)
      if (np && t.lower === 'who' && !this.mentions.covers('person', np.span.start, np.span.end)) {
        const named = this.personBeforeApposition(np.startTok);
        if (named) return this.resolve(named);
      }
      // ("Jens Krogh-Madsen, a Danish member of parliament for the Borgerlisten party, who wrote …": "who"
      // after an apposition that ends in an institution is the person the apposition describes.)
      if (np && t.lower === 'who' && !isPersonNoun(this.doc.tokens[np.endTok - 1]!.lower) && !this.mentions.covers('person', np.span.start, np.span.end)) {
        const T = this.doc.tokens, at = np.startTok;
        const person = this.doc.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions)
          .filter((m) => m.end <= T[at]!.start && T[this.doc.tokenAt(m.end)]?.text === ',' && this.doc.sentenceAt(m.start) === this.doc.sentenceAt(t.start) && at - this.doc.tokenAt(m.end) <= 20)
          .sort((a, b) => b.start - a.start)[0];
        if (person) return this.resolve(person);
      }
      if (np) return this.resolve(np.span);
      // ("One of them, who asked not to be identified, said": the part of the group "them" stands for.)
      const T = this.doc.tokens;
      if (j >= 2 && T[j]!.pos === 'PRON' && T[j - 1]!.lower === 'of' && /^(?:one|some|two|three|several|many|most|all|each|both|none|another)$/i.test(T[j - 2]!.text)) {
        return this.resolve({ start: T[j - 2]!.start, end: T[j]!.end });
      }
    } else if (PERSON_PRONOUNS.has(t.lower)) {
      // With no person named yet, "he" is most likely whoever spoke just before
      // ("One of them said …, though he cautioned …").
      const sentence = this.doc.tokens[this.doc.tokenAt(t.start)]?.sentence ?? 0;
      const near = (s: Source) => s.kind !== 'document' && s.kind !== 'media' && s.mentions.some((m) => m.end <= t.start && this.doc.sentenceAt(m.start) >= sentence - 1);
      // ("she" is one person: not "two relatives of victims", a group of people without a name.)
      // ("One deputy, who spoke on condition of anonymity, said …. He added": one unnamed person, whatever
      // the typing made of the noun.)
      const singular = (s: Source) => !isPlural((s.name.split(/\s+/).pop() ?? '').toLowerCase());
      // (The name may have lost its article: "An executive at a Moscow electronics distributor, who declined to be named".)
      const indefinite = (s: Source) => /^(?:one|a|an|another)\s/i.test(s.name) || s.mentions.some((m) => /^(?:one|a|an|another)\s/i.test(this.doc.slice(m)));
      // (Not a description of a person named with that office: "A president who authorized the raid …" is President Obama.)
      const holds = (x: Source, head: string) => x.kind === 'person' && !!x.entity && before(x) && !!x.role && x.role.toLowerCase().split(/[\s,]+/).includes(head);
      const officeOfNamed = (s: Source) => { const head = s.name.toLowerCase().split(/\s+/).pop() ?? ''; return this.sources.some((x) => holds(x, head)); };
      // ("One of them, a 24-year-old from Conakry, said …. '…,' he said": one member of a group, who spoke for it.)
      const member = (s: Source) => s.mentions.some((m) => m.end <= t.start && /^one of\b/i.test(this.doc.slice(m)));
      const one = (s: Source) => (s.kind === 'person' && (!!s.entity || singular(s) || member(s)))
        || (s.anonymous && s.kind !== 'document' && s.kind !== 'media' && indefinite(s) && singular(s) && !officeOfNamed(s));
      // "she" is not a man the article called "he" or "spokesman": the latest person of the right
      // gender, or of none known, whether already a source or only named.
      const want = /^(?:he|him|his)$/.test(t.lower) ? 'm' : /^(?:she|her|hers)$/.test(t.lower) ? 'f' : undefined;
      const fits = (s: Source) => !want || this.genderOf(s) !== (want === 'm' ? 'f' : 'm');
      // (… unless a person not yet a source opens this sentence or the one before, after the source's
      // last mention: "Dr Simon Whitlock, a senior analyst …, was cautious. '…,' he said.")
      const source = latest((s) => one(s) && before(s) && fits(s));
      const opener = this.personOpening(t.start, want);
      const sourceAt = source ? Math.max(...source.mentions.filter((m) => m.end <= t.start).map((m) => m.start)) : -1;
      // (… or one person described, not named, opens the sentence before: "A shopkeeper …, gave a similar account. She said";
      // not a named person's office, as above.)
      let described = opener ? undefined : this.personNounOpening(t.start);
      if (described && this.sources.some((x) => holds(x, described!.head))) described = undefined;
      target = (opener && opener.at > sourceAt ? this.named(opener.m, this.tokensIn(opener.m), true) : undefined)
        ?? (described && described.span.start > sourceAt ? this.named(described.span, this.tokensIn(described.span), true) : undefined)
        ?? source ?? this.personFromEntities(t.start, want) ?? latest((s) => near(s) && (s.kind !== 'person' || one(s)) && fits(s));
    } else if (OTHER_PRONOUNS.has(t.lower)) {
      // ("three men who said they had been on the boat …. One of them": people without a name, typed as persons, are a
      // "they"; a named person or one person is not.)
      // (Only one mentioned in this sentence or the two before: people named further back are seldom the "they" of a
      // later sentence, which more often stands for someone it names itself, "the Republican Senate leadership".)
      const sentence = this.doc.sentenceAt(t.start);
      const group = (s: Source) => /^(?:they|them|their)$/.test(t.lower) && s.kind === 'person' && !s.entity
        && s.name.toLowerCase().split(/\s+/).some((w) => w === 'people' || (isPlural(w) && HUMAN_NOUNS.has(singularOf(w))))
        && s.mentions.some((m) => m.end <= t.start && this.doc.sentenceAt(m.start) >= sentence - 2);
      target = latest((s) => (s.kind !== 'person' || group(s)) && before(s));
      // ("Azerbaijan's Defence Ministry gave a starkly different account. In a statement, it said …": "it" is
      // the body that opens the sentence before, though it has not spoken yet, when named after the source.)
      const targetAt = target ? Math.max(...target.mentions.filter((m) => m.end <= t.start).map((m) => m.start)) : -1;
      if (t.lower === 'it' || t.lower === 'its') {
        const opener = this.organisationOpening(t.start);
        if (opener && opener.start > targetAt) target = this.named(opener, this.tokensIn(opener), true);
      }
      // ("Analysts at Halvorsen Metals Research, an Oslo-based consultancy, paint a less alarming picture. They
      // estimate …": "they" are the people who open the sentence before as its subject, though they have not spoken yet.)
      if (t.lower === 'they' || t.lower === 'their' || t.lower === 'them') {
        const opener = this.peopleOpening(t.start);
        if (opener && opener.start > targetAt) target = this.named(opener, this.tokensIn(opener), true);
      }
    }
    if (!target) return [this.named(mention, [t]).id];
    target.mentions.push(mention);
    return [target.id];
  }

  /**
   * An organisation named earlier but not yet a source, whose name ends in
   * the description's head: "… the Palestinian Islamic Jihad group … The group
   * rejected the claim".
   */
  private entityDescribed(head: Token, before: number): Source | undefined {
    if (head.pos !== 'NOUN') return undefined;
    let best: Span | undefined;
    for (const e of this.doc.entities) {
      // A one-word "organisation" is too often a capitalised common noun ("Waivers") to stand for "the waivers".
      if (e.type === 'place' || !e.name.includes(' ')) continue;
      for (const m of e.mentions) {
        if (m.end > before || (best && m.start < best.start)) continue;
        // The mention, with the common noun that may follow the name ("… Jihad group").
        const next = this.doc.tokens[this.doc.tokenAt(m.end)];
        // (The head of "Ministry of National Defense" is its first word, of "UN Regional Centre for Preventive
        // Diplomacy" the word before its first "for" or "of": "the ministry", "the centre".)
        // (… after a country's possessive: "Taiwan's Ministry of National Defense".)
        const name = this.doc.slice(m).toLowerCase().replace(/^[^']*['’]s\s+/, '');
        const ofFor = /^(?:[\p{L}.-]+\s+){0,3}?([\p{L}-]+)\s+(?:for|of)\s/u.exec(name)?.[1];
        // ("the paper" after "the North Shropshire Chronicle": a newspaper by its title's last word.)
        const titled = NEWSPAPER_NOUNS.has(head.lower) && MEDIA_TITLES.has(name.split(/\s+/).pop() ?? '');
        // ("the station" after "Quang Ngai Radio and Television": a broadcaster by the medium its name says.)
        const aired = BROADCAST_NOUNS.has(head.lower) && /\b(?:radio|tv|television|fm|broadcasting)\b/.test(name);
        const ends = e.type === 'organization' && (name.endsWith(head.lower) || ofFor === head.lower || titled || aired) ? m
          : next && next.lower === head.lower && next.end <= before ? { start: m.start, end: next.end } : undefined;
        if (ends) best = ends;
      }
    }
    return best ? this.named(best, this.tokensIn(best), true, false) : undefined;
  }

  /**
   * "Nurlan Zhaksybekov, chief engineer at AlmatyGrid, gave a different
   * account. … The engineer said": a person named earlier with an office whose
   * head the description repeats, though the person has not spoken yet. The
   * latest such person before the description.
   */
  private personDescribed(toks: Token[], before: number): Source | undefined {
    const head = toks[toks.length - 1]!;
    // (A role noun the tagger took for an adjective, "the police chief said", is still the head.)
    if (!(head.pos === 'NOUN' || (head.pos === 'ADJ' && ROLE_NOUNS.has(head.lower))) || !(ROLE_NOUNS.has(head.lower) || AGENT_NOUN.test(head.lower))) return undefined;
    // Every word of the description is in the office ("the vice president" is not "President Obama").
    const words = toks.filter((t) => !DEFINITE.has(t.lower) && t.pos !== 'PUNCT').map((t) => t.lower);
    let best: { e: Entity; at: number } | undefined;
    for (const e of this.doc.entities) {
      if (e.type !== 'person' || !e.name.includes(' ')) continue;
      // (Not the name the description is the apposition of: "… and Mika Brzezinski, the Democratic presidential
      // candidate stated": that office was read from the description itself.)
      const appositionOf = (m: Span) => this.doc.tokenAt(before) - this.doc.tokenAt(m.end) <= 1;
      const latest = e.mentions.filter((m) => m.end <= before && (!best || m.start > best.at) && !appositionOf(m)).pop();
      if (!latest) continue;
      // The office before the name and the one after ("Major General Kyaw Zin Hlaing, a spokesman for …"),
      // with the body it is an office of ("head" of "the Kharkiv regional police"), and a title inside the
      // name's mention ("Defence counsel Kofi Nyarko-Boateng").
      const office = (o: Partial<Typed>) => (o.role ?? '').split(',').map((r) => (o.affiliation ? `${r} of ${o.affiliation}` : r));
      const titled = (this.sources.find((x) => x.entity === e.id)?.mentions ?? []).map((x) => this.doc.slice(x))
        .filter((x) => x.endsWith(e.name)).map((x) => x.slice(0, -e.name.length).trim());
      const offices = [...office(this.officeBefore(e)), ...office(this.officeAfter(e)), ...titled];
      // ("Brigadier General X, a spokesman for Sudan's defence ministry, denied …. The official said": "the official"
      // is whoever holds an office of a body, named in this sentence or the two before; not a company's.)
      const official = words.length === 1 && words[0] === 'official' && this.doc.sentenceAt(before) - this.doc.sentenceAt(latest.start) <= 2
        && offices.some((o) => OFFICIAL_ROLES.has(roleWordsOf(o).pop() ?? '')) && !offices.some((o) => corporateName(o) || o.toLowerCase().split(/[^\p{L}]+/u).some((w) => COMPANY_WORDS.has(w)));
      if (official || offices.some((o) => officeFits(words, o))) best = { e, at: latest.start };
    }
    return best ? this.named(best.e.mentions[0]!, this.tokensIn(best.e.mentions[0]!), true) : undefined;
  }

  /** A person's mention that opens the sentence of `at` or the one before it, before `at` (of gender `want` or none given). */
  /**
   * The organisation whose name opens the sentence before `at`'s (after any possessive country: "Azerbaijan's
   * Defence Ministry"), as that sentence's subject (a verb follows); undefined when none does.
   */
  private organisationOpening(at: number): Span | undefined {
    const doc = this.doc, sentence = doc.sentenceAt(at);
    if (sentence < 1) return undefined;
    let first = doc.sentences[sentence - 1]!.firstToken;
    // (Past an opening phrase of place or time and its comma: "In Dushanbe, Tajikistan's Interior Ministry gave a very
    // different account. It said …".)
    const T = doc.tokens;
    if (T[first]?.pos === 'ADP' || T[first]?.pos === 'ADV') {
      let c = first + 1;
      while (c < first + 6 && T[c] && T[c]!.text !== ',' && (T[c]!.pos === 'PROPN' || T[c]!.pos === 'NOUN' || T[c]!.pos === 'DET' || T[c]!.pos === 'ADJ' || T[c]!.pos === 'NUM')) c++;
      if (T[c]?.text === ',') first = c + 1;
    }
    for (const x of this.mentions.of('organization').list) {
      const m = x.span;
      if (doc.sentenceAt(m.start) !== sentence - 1) continue;
      const k = doc.tokenAt(m.start);
      // (Only determiners and a possessive before it: "The", "Azerbaijan's".)
      let opens = true;
      for (let i = first; i < k && opens; i++) {
        const t = doc.tokens[i]!;
        opens = t.pos === 'DET' || t.pos === 'PROPN' || t.lower === "'s" || t.lower === '’s' || t.pos === 'PART';
      }
      let n = doc.tokenAt(m.end);
      // (… or the name is itself an apposition of a description that opens the sentence: "The plant's operator,
      // Podilska Generating Company, gave different figures.")
      if (!opens && k - first >= 2 && T[k - 1]?.text === ',' && T[n]?.text === ',') {
        let described = true, noun = false;
        for (let i = first; i < k - 1 && described; i++) {
          const t = T[i]!;
          noun ||= t.pos === 'NOUN';
          described = t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.lower === "'s" || t.lower === '’s';
        }
        if (described && noun) { opens = true; n++; first = k; }
      }
      // (… past an apposition set off by commas: "Ledgerlight Analytics, a London-based firm that tracks …, told".)
      if (T[n]?.text === ',' && /^(?:a|an|the|one)$/i.test(T[n + 1]?.text ?? '')) {
        let c = n + 1;
        while (c < n + 25 && T[c] && T[c]!.text !== ',' && T[c]!.sentence === T[n]!.sentence) c++;
        if (T[c]?.text === ',') n = c + 1;
      }
      const next = T[n];
      if (opens && next && (next.pos === 'VERB' || next.pos === 'AUX') && !insideQuotation(doc.text, m.start)) return { start: doc.tokens[first]!.start, end: m.end };
    }
    return undefined;
  }

  /**
   * People named by a plural noun that opens the sentence before `at` as its subject ("Analysts at Halvorsen
   * Metals Research, an Oslo-based consultancy, paint …", "Residents of the two villages say …"): the noun and
   * what follows it up to a comma or the verb. Not inside a quotation, and only when a verb follows.
   */
  private peopleOpening(at: number): Span | undefined {
    const doc = this.doc, sentence = doc.sentenceAt(at);
    if (sentence < 1) return undefined;
    const T = doc.tokens, s = doc.sentences[sentence - 1]!;
    let k = s.firstToken;
    if (/^(?:the|some|many|most|several|other)$/i.test(T[k]?.text ?? '') || T[k]?.pos === 'NUM') k++;
    // (… past a place's name that qualifies the noun: "Two Gimbi residents".)
    while (k < s.endToken - 1 && T[k]!.pos === 'PROPN' && (T[k + 1]!.pos === 'NOUN' || T[k + 1]!.pos === 'PROPN')) k++;
    const head = T[k];
    // (A noun opening a sentence may be tagged a name: "Economists at …".)
    if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN') || singularOf(head.lower) === head.lower || !isPersonNoun(head.lower) || insideQuotation(doc.text, head.start)) return undefined;
    // The subject runs over nouns, names and prepositions ("at Halvorsen Metals Research") to a comma or its verb.
    let end = k + 1;
    while (end < s.endToken && /^(?:NOUN|PROPN|ADP|DET|ADJ)$/.test(T[end]!.pos) && T[end]!.text !== ',') end++;
    // ("Two Gimbi residents who have since fled to Nekemte said …": a relative clause describes them.)
    if (/^(?:who|that)$/.test(T[end]?.lower ?? '') && hasVerb(doc, end + 1, s.endToken)) return { start: T[s.firstToken]!.start, end: T[end - 1]!.end };
    let v = end;
    // (… past an apposition set off by commas: ", an Oslo-based consultancy,".)
    if (T[v]?.text === ',') {
      v++;
      while (v < s.endToken && v - end <= 12 && T[v]!.text !== ',') v++;
      if (T[v]?.text !== ',') return undefined;
      v++;
    }
    if (v >= s.endToken || (T[v]!.pos !== 'VERB' && T[v]!.pos !== 'AUX')) return undefined;
    return { start: T[s.firstToken]!.start, end: T[end - 1]!.end };
  }

  /**
   * One person described, not named, who opens the sentence before `at`'s as its subject: "A shopkeeper near the
   * roundabout, who spoke on condition of anonymity …, gave a similar account. She said …": "she" is the
   * shopkeeper, though the shopkeeper has not spoken yet. The phrase from its article to its head's last modifier
   * (or the name set beside it), and its head noun. `back`: 0 for the sentence of `at` itself, the phrase ending
   * before `at`.
   */
  personNounOpening(at: number, back = 1): { span: Span; head: string } | undefined {
    const doc = this.doc, sentence = doc.sentenceAt(at);
    if (sentence < back) return undefined;
    const T = doc.tokens, s = doc.sentences[sentence - back]!;
    if (!/^(?:a|an|one|another)$/i.test(T[s.firstToken]?.text ?? '')) return undefined;
    // The head: the last noun of the words before a preposition, comma, relative or verb ("A livestock trader").
    let k = s.firstToken + 1, head = -1;
    while (k < s.endToken && (/^(?:NOUN|ADJ|NUM|PROPN)$/.test(T[k]!.pos) || T[k]!.text === '-')) { if (T[k]!.pos === 'NOUN') head = k; k++; }
    const h = T[head];
    if (!h || singularOf(h.lower) !== h.lower || !isPersonNoun(h.lower) || insideQuotation(doc.text, h.start)) return undefined;
    // (… with the place or workplace after it: "near the roundabout", "at a Moscow electronics distributor".)
    let end = k;
    while (end < s.endToken && /^(?:NOUN|PROPN|ADP|DET|ADJ|NUM)$/.test(T[end]!.pos) && T[end]!.text !== ',' && !RELATIVE_PRONOUNS.has(T[end]!.lower)) end++;
    // Its verb follows, after a relative clause or an apposition set off by commas, or straight away.
    let v = end;
    if (T[v]?.text === ',' || /^(?:who|that)$/.test(T[v]?.lower ?? '')) {
      if (T[v]!.text === ',') v++;
      let commas = 0;
      while (v < s.endToken && v - end <= 40 && commas < 2) {
        if (T[v]!.text === ',' && !/^(?:and|who)$/.test(T[v + 1]?.lower ?? '')) commas++;
        if (commas === 1 && T[v]!.text === ',') { v++; break; }
        v++;
      }
    }
    if (v >= s.endToken || (T[v]!.pos !== 'VERB' && T[v]!.pos !== 'AUX') || (back === 0 && T[end - 1]!.end > at)) return undefined;
    // (Not a noun the tagger read as a verb before an apposition's comma: "A potential vice president pick, Haley is".)
    if (v === end && T[v + 1]?.text === ',') return undefined;
    // ("One local woman, Karen Robison, pulled …", "A potential vice president pick, Haley is …": the person the
    // description is set beside, named before the verb.)
    const named = this.mentions.within('person', { start: T[end]?.start ?? T[v]!.start, end: T[v]!.start })[0];
    if (named) return { span: named.span, head: h.lower };
    return { span: { start: T[s.firstToken]!.start, end: T[end - 1]!.end }, head: h.lower };
  }

  /**
   * A body named in lower case by the sentence before as its subject ("The provincial wildlife office, which
   * sent two wardens …, counted seven carcasses. Its director, …"): its words without the article.
   */
  private bodyOpening(at: number): string | undefined {
    const doc = this.doc, sentence = doc.sentenceAt(at);
    if (sentence < 1) return undefined;
    const T = doc.tokens, first = doc.sentences[sentence - 1]!.firstToken;
    let j = first;
    if (/^(?:the|a|an)$/i.test(T[j]?.text ?? '')) j++;
    let head = -1;
    for (let i = j; i < T.length && T[i]!.sentence === sentence - 1; i++) {
      if (T[i]!.pos === 'NOUN' && /^\p{Ll}/u.test(T[i]!.text)) head = i;
      else if (T[i]!.pos !== 'ADJ') break;
    }
    // (With what says which: "the provincial wildlife office", not "the bank", which stands for a bank named before.)
    if (head <= j || !(ORG_HEADS.has(T[head]!.lower) || GOVERNMENT_BODIES.has(T[head]!.lower))) return undefined;
    return doc.text.slice(T[j]!.start, T[head]!.end);
  }

  private personOpening(at: number, want?: 'm' | 'f'): { m: Span; at: number } | undefined {
    const doc = this.doc, sentence = this.quoteOpening(doc.sentenceAt(at));
    // The latest such mention, and on a tie of starts the last in the article's entity order (as a scan of
    // every entity's mentions keeping any not earlier than the best found): the index walked back from
    // `at`, in order of start and then of entity, stopping at the first that qualifies or at the
    // sentence before the one before.
    const { list } = this.mentions.of('person');
    for (let x = EntityMentions.lowerBound(list, at + 1) - 1; x >= 0; x--) {
      const { span: m, entity: e } = list[x]!;
      const s = doc.sentenceAt(m.start);
      if (s < sentence - 1) break;
      if (m.end > at || s !== sentence && s !== sentence - 1 || !this.entityFits(e, want)) continue;
      // (Titles may come first: "Dr Simon Whitlock, …".)
      const k = doc.tokenAt(m.start);
      let first = doc.sentences[s]!.firstToken;
      // (… after an opening phrase: "At the Courant's request, Marloes Timmer, an engineer, reviewed the emails";
      // "Reached by phone, the hamlet's head, Syamsul Bahri, gave a higher toll", the office before the name too.)
      const T = doc.tokens;
      if ((T[first]!.pos === 'ADP' || (T[first]!.pos === 'VERB' && /(?:ed|ing)$/.test(T[first]!.lower))) && T[k - 1]?.text === ',') {
        let c = first;
        while (c < k - 1 && T[c]!.text !== ',') c++;
        if (c === k - 1) first = k;
        else if (c < k - 1) {
          let d = c + 1;
          while (d < k - 1 && (DESCRIPTION_POS.has(T[d]!.pos) || /^['’]s?$/.test(T[d]!.text))) d++;
          if (d === k - 1 && T.slice(c + 1, d).some((t) => t.pos === 'NOUN' && isPersonNoun(t.lower))) first = k;
        }
      }
      // (… or the one whose view the sentence gives: "For Dr. Lucía Ferreiro, a marine biologist …, the dispute matters".)
      if (T[first]!.lower === 'for' && first < k) first++;
      // (… or the name after an office that describes it first, perhaps after "But": "But the chairman of the council,
      // Hon. Danjuma Auta, put the number much higher. He told …". Not any name after "But": "But Mrs. Clinton, who
      // …, was not as friendly. …, he said" is still the speaker's "he".)
      const opener = T[first]!.pos === 'CCONJ' && first < k ? first + 1 : first;
      // (… or after a possessor's name: "Loutraki's mayor, Giorgos Lekkas, put the number much higher.")
      if (T[opener]!.pos === 'DET' || (T[opener]!.pos === 'PROPN' && /^['’]s$/.test(T[opener + 1]?.text ?? ''))) {
        // (Past the titles before the name, whose full stop may be a token of its own: "Hon", ".".)
        let c = k;
        while (c > opener && isTitleToken(doc, c - 1)) c--;
        const office = T.slice(opener, c - 1);
        if (T[c - 1]?.text === ',' && office.length > 0 && office.every((t) => DESCRIPTION_POS.has(t.pos) || t.pos === 'ADP' || /^['’]s$/.test(t.text))
          && office.some((t) => t.pos === 'NOUN' && isPersonNoun(t.lower))) first = k;
      }
      let opens = true;
      for (let i = first; i < k && opens; i++) {
        const w = withoutFinalDot(doc.tokens[i]!.lower);
        opens = NAME_TITLES.has(w) || MILITARY_RANKS.has(w);
      }
      // (… or who the sentence's subject is said to be: "The most senior official willing to speak was U
      // Kyaw Lin Oo, the township's administrator. He acknowledged …".)
      if (!opens) {
        let c = k - 1;
        while (c > first && (NAME_TITLES.has(withoutFinalDot(doc.tokens[c]!.lower)) || MILITARY_RANKS.has(withoutFinalDot(doc.tokens[c]!.lower)))) c--;
        opens = /^(?:was|is)$/.test(doc.tokens[c]!.lower) && doc.tokens[first]!.pos === 'DET'
          && !this.mentions.of('person').list.some(({ span }) => span.start >= doc.tokens[first]!.start && span.end <= doc.tokens[c]!.start);
      }
      if (!opens) continue;
      // (Not a possessive, "Trump's grasp of policy", nor a name inside a quotation: '"… Donald Trump lost me," he said'.)
      // (… and it is the sentence's subject: a verb or an apposition's comma follows.)
      const next = doc.tokens[doc.tokenAt(m.end)];
      if (!next || !(next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',')) continue;
      if (insideQuotation(doc.text, m.start)) continue;
      return { m, at: m.start };
    }
    return undefined;
  }

  /**
   * The sentence a quotation of several sentences opens in, for sentence `k` inside it ('"They stopped the count …
   * That is a robbery," she told supporters' is one report); `k` itself otherwise.
   */
  private quoteOpening(k: number): number {
    const doc = this.doc, paragraph = doc.sentences[k]!.paragraph;
    while (k > 0 && doc.sentences[k - 1]!.paragraph === paragraph && insideQuotation(doc.text, doc.sentences[k]!.start)) k--;
    return k;
  }

  /**
   * The person named last before `at`, in its paragraph and at most three sentences back (a quotation may hold
   * sentences of its own), not inside a quotation.
   */
  private personNamedJustBefore(at: number): Source | undefined {
    const sentence = this.doc.sentenceAt(at), paragraph = this.doc.sentences[sentence]!.paragraph;
    const { list } = this.mentions.of('person');
    for (let x = EntityMentions.lowerBound(list, at) - 1; x >= 0; x--) {
      const m = list[x]!, k = this.doc.sentenceAt(m.start);
      if (k < sentence - 3 || this.doc.sentences[k]!.paragraph !== paragraph) break;
      if (m.end <= at && !insideQuotation(this.doc.text, m.start)) return this.named(m.span, this.tokensIn(m.span), true);
    }
    return undefined;
  }

  /**
   * A person named earlier but not yet a source: "Kim met Putin. He said …". The person named last
   * before `before`, of gender `want` or of none the text gives ("Mr", "Ms" before a mention).
   */
  private personFromEntities(before: number, want?: 'm' | 'f'): Source | undefined {
    let best: { e: string; at: number } | undefined;
    for (const e of this.doc.entities) {
      if (e.type !== 'person' || !this.entityFits(e, want)) continue;
      // (Not a name inside a quotation: whoever the quote mentions is rarely who speaks it.)
      for (const m of e.mentions) if (m.end <= before && (!best || m.start > best.at) && !insideQuotation(this.doc.text, m.start)) best = { e: e.id, at: m.start };
    }
    if (!best) return undefined;
    const e = this.doc.entities.find((x) => x.id === best!.e)!;
    return this.named(e.mentions[0]!, this.tokensIn(e.mentions[0]!), true);
  }

  /** Genders already read: pronouns ask for them again and again. A source's is read again when its role or mentions grow. */
  private readonly sourceGenders = new Map<Source, { key: string; gender: 'm' | 'f' | undefined }>();
  private readonly entityGenders = new Map<Entity, 'm' | 'f' | undefined>();

  /** The gender the text gives a source: its role ("spokeswoman"), a title ("Mr"). */
  private genderOf(s: Source): 'm' | 'f' | undefined {
    const key = `${s.role ?? ''}|${s.mentions.length}`;
    let cached = this.sourceGenders.get(s);
    if (cached?.key !== key) this.sourceGenders.set(s, cached = { key, gender: this.readGender(s) });
    return cached.gender;
  }

  /** Whether a person entity may be the "he" or "she" asked for: no title of the other gender. */
  private entityFits(e: Entity, want?: 'm' | 'f'): boolean {
    if (!want) return true;
    if (!this.entityGenders.has(e)) this.entityGenders.set(e, this.titleGender(e.mentions));
    return this.entityGenders.get(e) !== (want === 'm' ? 'f' : 'm');
  }

  private readGender(s: Source): 'm' | 'f' | undefined {
    // (Not the pronouns already read as its mentions: one wrong reading would breed more.)
    // (Whole words, and only words of one gender: a "spokesperson" is no "son", an "ombudsman" may be a woman.)
    const role = (s.role ?? '').toLowerCase();
    if (/\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|policewoman|wife|mother|sister|daughter|widow|queen|princess)\b/.test(role)) return 'f';
    if (/\b(?:spokesman|chairman|congressman|businessman|policeman|husband|father|brother|son|king|prince)\b/.test(role)) return 'm';
    return this.titleGender(s.mentions);
  }

  /** "Mr Ellery", "Mrs. Kovac", "Ms Tam": the title before one of the mentions. */
  private titleGender(mentions: Span[]): 'm' | 'f' | undefined {
    for (const x of mentions) {
      const k = this.doc.tokenAt(x.start), before = this.doc.tokens[k - 1], at = this.doc.tokens[k];
      const t = before && withoutFinalDot(before.lower);
      if (t === 'mr') return 'm';
      if (t === 'mrs' || t === 'ms' || t === 'miss') return 'f';
      const own = at && withoutFinalDot(at.lower);
      if (own === 'mr') return 'm';
      if (own === 'mrs' || own === 'ms') return 'f';
    }
    return undefined;
  }

  /** What appositions said sources are ("Sightline, a Berlin-based open-source investigations group": group). */
  private readonly descriptors = new Map<Source, Set<string>>();

  /**
   * The head noun of an apposition right after a named organisation's first mention (", a Port
   * Harcourt-based group,": group), read from the text; undefined when there is none.
   */
  private appositionHead(s: Source): string | undefined {
    if (s.kind === 'person' || !s.entity) return undefined;
    // (Read once a source: every definite description asks it of every source.)
    if (!this.appositionHeads.has(s)) this.appositionHeads.set(s, this.readAppositionHead(s.entity));
    return this.appositionHeads.get(s);
  }
  private readonly appositionHeads = new Map<Source, string | undefined>();

  private readAppositionHead(entity: string): string | undefined {
    const e = this.doc.entities.find((x) => x.id === entity);
    const m = e?.mentions[0];
    if (!m) return undefined;
    const T = this.doc.tokens;
    let k = this.doc.tokenAt(m.end);
    if (T[k]?.text !== ',' || !/^(?:a|an|the)$/.test(T[k + 1]?.lower ?? '')) return undefined;
    let head: string | undefined;
    // (A participle inside a compound is none of the apposition's verbs: "Port Harcourt-based".)
    for (k += 2; k < T.length && T[k]!.text !== ',' && (T[k]!.pos !== 'VERB' || T[k - 1]!.text === '-') && T[k]!.pos !== 'ADP'; k++) if (T[k]!.pos === 'NOUN') head = T[k]!.lower;
    return T[k]?.text === ',' ? head : undefined;
  }

  private resolveDescription(toks: Token[], at: number): Source | undefined {
    const head = toks[toks.length - 1]!.lower;
    // "The ecologist group Terra Viva Tarragona … The group said", "a group calling itself Ashfall …
    // the group": the organisation the same noun introduced, if no source's name or role has it.
    // (… or any institution's noun: "the UN refugee agency UNHCR … the agency".)
    const introduced = GROUP_NOUNS.has(head) || ORG_HEADS.has(head) || COMPANY_ANAPHORS.has(head) || MEDIA_ANAPHORS.has(head) || MEDIA_NOUNS.has(head) ? this.introducedAs(head, at) : undefined;
    let best: Source | undefined, bestAt = -1;
    for (const s of this.sources) {
      // (Whole words, and the name's head: "the mission" is no "Commission chairperson", "the official" no
      // "China's official Xinhua news agency".)
      const nameWords = s.name.toLowerCase().split(/[\s,.;:'’-]+/).filter(Boolean);
      // (The head is the word before the first preposition: "the ministry" is no "official in the water
      // ministry", "the police" no "head of police in Arequipa". With "of" alone, the last word as well:
      // "Ministry of Foreign Affairs", "Democratic Republic of Congo (Wire) — The Catholic Church's mission".)
      const of = nameWords.indexOf('of');
      const prep = nameWords.findIndex((w, i) => i > 0 && HEAD_ENDING_PREPOSITIONS.has(w));
      const first = of > 0 && (prep < 0 || of < prep) ? of : prep;
      const heads = [first > 0 ? nameWords[first - 1] : undefined, of > 0 ? nameWords[of - 1] : undefined, prep > 0 ? undefined : nameWords[nameWords.length - 1]];
      // (… and the role's head: "the company" is not the "company spokesperson".)
      const roleWords = roleWordsOf(s.role);
      const words = [...heads, roleWords[roleWords.length - 1]];
      // (A newspaper's words fit a medium only: "the paper" is no leaked email.)
      const fits = words.includes(head) || !!this.descriptors.get(s)?.has(head)
        || (MEDIA_ANAPHORS.has(head) && (s.kind === 'media' || (s.kind === 'document' && !NEWSPAPER_NOUNS.has(head))))
        // ("The Creeks Alliance for Environmental Justice, a Port Harcourt-based group, said … the group added".)
        || this.appositionHead(s) === head
        // "the company", "the firm": the company the article named last.
        || (COMPANY_ANAPHORS.has(head) && s.kind === 'organization' && !!s.entity);
      if (!fits) continue;
      for (const m of s.mentions) if (m.end <= at && m.start > bestAt) { bestAt = m.start; best = s; }
    }
    return best ?? introduced;
  }

  /**
   * "The terminal's operator, Dunai Grain Logistics, gave a far lower estimate. In a statement, the
   * company said …": the organisation (a company, by its typing: not a ministry, an outlet or an
   * army) the article named last before `at`, in its sentence or the two before, though it has not
   * spoken yet.
   */
  private recentCompany(at: number): Source | undefined {
    const best = this.recentCompanyMention(at, 2);
    return best ? this.named(best, this.tokensIn(best), true, false) : undefined;
  }

  /**
   * "The report names PT Sinar Kayu Abadi, a Surabaya-based exporter, … The company did not
   * respond": a company named in the sentence just before "the company" is the one meant, before
   * any company that spoke earlier (resolveDescription's choice) — unless that one was mentioned
   * later still.
   */
  private companyNamedJustBefore(at: number): Source | undefined {
    const m = this.recentCompanyMention(at, 1);
    if (!m) return undefined;
    for (const s of this.sources) if (s.kind === 'organization' && s.mentions.some((x) => x.start > m.start && x.end <= at)) return undefined;
    const company = this.named(m, this.tokensIn(m), true, false);
    if (company.kind === 'media' && this.operatedBy(m)) company.kind = 'organization';
    return company;
  }

  /**
   * "Nitrats del Camp denied that any gas had escaped. '…,' the company said": the organisation that opens
   * the sentence before as its subject (organisationOpening), typed neither a state body nor a medium,
   * though its name does not say it is a company and it has not spoken yet.
   */
  private companyOpening(at: number): Source | undefined {
    const opener = this.organisationOpening(at);
    if (!opener) return undefined;
    const m = this.mentions.within('organization', opener).pop()?.span;
    if (!m || typeMention(this.doc, this.tokensIn(m), undefined, this.doc.slice(m)).kind !== 'organization') return undefined;
    return this.named(m, this.tokensIn(m), true, false);
  }

  /** The latest mention of a company (recentCompany) within `within` sentences before `at`. */
  private recentCompanyMention(at: number, within: number): Span | undefined {
    const doc = this.doc, sentence = doc.sentenceAt(at);
    let best: Span | undefined, bestName = '';
    for (const e of doc.entities) {
      // (As in entityDescribed: a one-word "organisation" is too often a capitalised common noun, "March".)
      if (e.type !== 'organization' || !e.name.includes(' ')) continue;
      for (const m of e.mentions) {
        if (m.end > at || (best && m.start < best.start) || doc.sentenceAt(m.start) < sentence - within) continue;
        best = m; bestName = e.name;
      }
    }
    if (!best) return undefined;
    // (A company whose name ends like a paper's, "Transportes Wari Express", is one by what it operates.)
    const kind = typeMention(doc, this.tokensIn(best), undefined, bestName).kind;
    if (!(kind === 'organization' || (kind === 'media' && this.operatedBy(best))) || !this.isCompany(best, bestName)) return undefined;
    return best;
  }

  /**
   * A mention that ends on the noun introducing a name, the name left out ("[… Springfield television station]
   * KQZR, citing …"), runs on over the name.
   */
  private nameAfterIntroducer(mention: Span): Span {
    const T = this.doc.tokens, last = T[this.doc.tokenAt(mention.end - 1)];
    if (!last || !(MEDIA_NOUNS.has(last.lower) || INTRODUCING_NOUNS.has(last.lower))) return mention;
    const m = this.mentions.of('organization').list.find((x) => x.start > mention.end && this.doc.text.slice(mention.end, x.start).trim() === '');
    return m ? { start: mention.start, end: m.end } : mention;
  }

  /** A mention cut inside a hyphenated word ("[in-chief, Mariam Osman]" of "its editor-in-chief, …") starts with the word. */
  private wholeHyphenatedStart(mention: Span): Span {
    const T = this.doc.tokens;
    let k = this.doc.tokenAt(mention.start);
    while (T[k - 1]?.text === '-' && T[k - 1]!.end === T[k]!.start && T[k - 2] && T[k - 2]!.end === T[k - 1]!.start && T[k - 2]!.sentence === T[k]!.sentence) k -= 2;
    return T[k]!.start === mention.start ? mention : { start: T[k]!.start, end: mention.end };
  }

  /** "The bus, operated by Transportes Wari Express, …": who operates or owns a thing is a company. */
  private operatedBy(m: Span): boolean {
    const T = this.doc.tokens, i = this.doc.tokenAt(m.start);
    return T[i - 1]?.lower === 'by' && /^(?:operated|owned|run|managed|chartered|leased)$/.test(T[i - 2]?.lower ?? '');
  }

  /**
   * Whether the text makes a named organisation a company: its name ("… Logistics", "PT …"), the noun
   * before it ("the terminal's operator, Dunai Grain Logistics") or its apposition ("Sinar Kayu
   * Abadi, a Surabaya-based exporter"). Not a hospital, a commission or a place taken for a name.
   */
  private isCompany(m: Span, name: string): boolean {
    return corporateName(name) || this.describedAsCompany(m);
  }

  /** Whether the noun before a mention of an organisation, or its apposition, calls it a company. */
  private describedAsCompany(m: Span): boolean {
    const T = this.doc.tokens, i = this.doc.tokenAt(m.start);
    let p = i - 1;
    if (T[p]?.text === ',') p--;
    if (T[p] && COMPANY_WORDS.has(T[p]!.lower)) return true;
    if (this.operatedBy(m)) return true;
    const j = this.doc.tokenAt(m.end - 1) + 1;
    return T[j]?.text === ',' && COMPANY_WORDS.has(appositionHead(T, j + 1)?.head ?? '');
  }

  /**
   * Whether an organisation's apposition calls it a body of civil society, not of the state: "The Arequipa
   * Regional Human Rights Commission, an independent monitoring group", "…, a non-governmental organisation".
   * (A group, charity or the like, with no word of the state in the apposition: "a government watchdog" is the state's.)
   */
  private describedAsCivil(m: Span): boolean {
    const T = this.doc.tokens, j = this.doc.tokenAt(m.end - 1) + 1;
    if (T[j]?.text !== ',') return false;
    const head = appositionHead(T, j + 1)?.head ?? '';
    if (!CIVIL_HEADS.has(head)) return false;
    for (let k = j + 2; k < T.length && k < j + 10 && T[k]!.lower !== head; k++) if (STATE_WORDS.has(T[k]!.lower)) return false;
    return true;
  }

  /** The organisation whose latest mention before `at` follows `noun` within a few words ("group Terra Viva", "group calling itself Ashfall"). */
  private introducedAs(noun: string, at: number): Source | undefined {
    const doc = this.doc;
    let best: { e: Entity; m: Span } | undefined;
    for (const e of doc.entities) {
      if (e.type !== 'organization') continue;
      for (const m of e.mentions) {
        if (m.end > at || (best && m.start < best.m.start)) continue;
        const i = doc.tokenAt(m.start), T = doc.tokens;
        // (Right before the name, or through "calling itself", "called", "known as".)
        const naming = [1, 2].find((n) => namingWords(T, i - n) === n) ?? 0;
        // ("The pro-government daily Yeni Sabah … the newspaper": a paper by any of its names.)
        // (A common noun in running text: not a headline's "Popular Website Shows Bias".)
        const before = /^\p{Ll}/u.test(T[i - 1 - naming]?.text ?? '') ? T[i - 1 - naming]!.lower : '';
        // (… or, for an outlet, an apposition after it: "North Gate Report, a Seoul-based website run by defectors" is "the site".)
        const j = doc.tokenAt(m.end - 1) + 1;
        // (An indefinite one only: in "on Telegram, the ministry said" the ministry is the subject.)
        const after = T[j]?.text === ',' && /^(?:a|an)$/.test(T[j + 1]?.lower ?? '') ? appositionHead(T, j + 1)?.head ?? '' : '';
        const same = (w: string) => w === noun || (NEWSPAPER_NOUNS.has(noun) && NEWSPAPER_NOUNS.has(w)) || (WEB_NOUNS.has(noun) && WEB_NOUNS.has(w));
        // (For outlets only: "the group" is the group that spoke last, not one described two paragraphs back.)
        if (same(before) || (after && MEDIA_NOUNS.has(noun) && same(after))) best = { e, m };
      }
    }
    return best ? this.named(best.m, this.tokensIn(best.m), true, false) : undefined;
  }

  /** The source a (non-pronoun) mention names, created on first sight. */
  /**
   * The one organisation of the article whose longer name opens with this one-word name and was written before it,
   * as news introduces a body by its full name and then shortens it ("Vigilo Security, a Bratislava-based firm, …
   * according to Vigilo"). (Not a longer name written after: "Nutrilys" then its product "Nutrilys Premier".)
   */
  /** Whether a span lies in a headline: a first sentence with no closing punctuation, or in title case. */
  private inHeadline(m: Span): boolean {
    const s = this.doc.sentences[0];
    if (!s || this.doc.sentenceAt(m.start) !== 0) return false;
    const text = this.doc.slice(s), words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
    return !/[.!?"”’)]\s*$/.test(text) || words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * words.length;
  }

  private fullFormOf(e: Entity): Entity | undefined {
    let full: Entity | undefined;
    const first = e.mentions[0]?.start ?? 0;
    for (const x of this.doc.entities) {
      if (x.type !== 'organization' || x === e || !x.name.startsWith(e.name) || x.name.charCodeAt(e.name.length) !== 32 || !(x.mentions[0]!.start < first)) continue;
      // (Not a document a body wrote, "U.N. Charter", nor words of a headline in title case, "ESPN Fires Schilling": a name
      // written in the article's body.)
      if (WRITTEN_BY_BODIES.has(x.name.slice(x.name.lastIndexOf(' ') + 1).toLowerCase()) || !x.mentions.some((m) => !this.inHeadline(m))) continue;
      if (full) return undefined;
      full = x;
    }
    return full;
  }

  private named(spoken: Span, spokenToks: Token[], silent = false, expand = true): Source {
    const doc = this.doc;
    // ("[Posts] shared widely on Facebook and [WhatsApp] claim": a platform a participle puts the speaker on is where
    // it speaks, not who; the noun the participle qualifies speaks, and names nobody.)
    const onPlatform = this.platformOf(spoken);
    if (onPlatform) { spoken = onPlatform; spokenToks = this.tokensIn(spoken); }
    // ("Responsibility was claimed on [Wednesday by JNIM]": the agent of a passive, not the day before "by".)
    const timeBy = TIME_THEN_BY.exec(doc.slice(spoken));
    if (timeBy) {
      spoken = { start: spoken.start + timeBy[0].length, end: spoken.end };
      spokenToks = spokenToks.filter((t) => t.start >= spoken.start);
    }
    // Name and type a source by the fullest noun phrase around its mention:
    // a tagger may mark "officials" where the text says "senior North Korean officials".
    const mention = expand ? this.fullPhrase(spoken) : spoken;
    const toks = mention === spoken ? spokenToks : this.tokensIn(mention);
    // The mention names a person only when the name is its head ("spokesperson Charlie Dietz"),
    // not a modifier ("North Korea's embassy").
    // (… or "Dennis Kariuki of Bluewave Talent": the name and whom it works for.)
    const endsAt = (m: Span) => m.start >= mention.start && (m.end === mention.end || /^\s*,/.test(doc.text.slice(m.end, mention.end))
      // ("Sen. Susan Collins (Maine)", "Harry Reid (D-Nev.)": a bracketed note after the name.)
      || /^\s*\([^()]{1,40}\)$/.test(doc.text.slice(m.end, mention.end))
      // ("Donald Hartley of Madison, Alabama": a place and its state after the comma.)
      || /^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[^,;:]*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?,?)?$/u.test(doc.text.slice(m.end, mention.end))
      // ("Daniel Kuffour of the police forensic laboratory in Accra": a workplace named in lower case.)
      || (titlesOnly(doc.text.slice(mention.start, m.start)) && workplaceAfterName(doc.text.slice(m.end, mention.end)) !== undefined));
    // (The first such name heads the phrase: "Tasha Greene, executive director of … Justice Now Milwaukee".)
    let person: Entity | undefined;
    // (Mentions in order of start, so the first that ends the phrase is the one; cheap bounds first: endsAt reads the text.)
    // (Not a name after "in", "at", "near", "around": "A trader in Kowloon Bay" is a trader, whatever the entity layer made of the place;
    // "an ad from X" is X's, though.)
    // (Nor a name after "of" that follows a word for people: "Several residents of nearby Valencia City", "the wife of Ahmed Khan".)
    const ofPeople = (k: number) => {
      while (k > 0 && /^(?:nearby|neighbouring|neighboring|the)$/.test(doc.tokens[k]!.lower)) k--;
      const head = doc.tokens[k - 1];
      return doc.tokens[k]?.lower === 'of' && !!head && head.pos === 'NOUN' && HUMAN_NOUNS.has(singularOf(head.lower));
    };
    const located = (x: Span) => x.start > mention.start && (/^(?:in|at|near|around|outside|inside)$/.test(doc.tokens[doc.tokenAt(x.start) - 1]?.lower ?? '') || ofPeople(doc.tokenAt(x.start) - 1));
    for (const x of this.mentions.within('person', mention)) if (endsAt(x) && !located(x)) { person = x.entity; break; }
    // (The first organisation in the article's order with a mention in the phrase.)
    // (Not the platform of what was shared there: "Posts shared widely on Facebook" are not Facebook's.)
    const org = person || onPlatform ? undefined : this.mentions.within('organization', mention).reduce<IndexedMention | undefined>((a, x) => (!a || x.index < a.index ? x : a), undefined)?.entity;
    // ("according to Vigilo" after "Vigilo Security": the short form of the one organisation whose name it opens is that organisation.)
    const canonical = org && !org.name.includes(' ') ? this.fullFormOf(org) ?? org : org;
    const text = doc.slice(mention).replace(LEADING_DETERMINERS, '');
    // An organisation's inquiry speaks for it: "a review by the X Project" is the X Project's finding.
    // (… and "the ecologist group Terra Viva": a name after the noun that introduces it is the source.)
    // ("the short-video platform Klipr", "the mining company Arvex": a company's or a platform's noun as well.)
    // (Those right before the name: "a producer for Yahoo Studios" is a person.)
    const introducedName = !!org && org.mentions.some((m) => m.end === mention.end && toks.some((t, i) => t.end <= m.start
      && (GROUP_NOUNS.has(t.lower) || ((INTRODUCING_NOUNS.has(t.lower) || MEDIA_NOUNS.has(t.lower)) && toks[i + 1]?.start === m.start)))
      // (… and a place before the noun: "Springfield television station KQZR".)
      && toks.every((t) => t.start >= m.start || t.pos === 'DET' || /^[\p{Ll}-]/u.test(t.text) || this.mentions.covers('place', t.start, t.end)));
    // ("the state-run Global New Light of Myanmar": who runs it, written before the name, is no part of it.)
    const backedName = !!org && org.mentions.some((m) => m.end === mention.end && toks.some((t) => t.start < m.start)
      && toks.every((t, i) => t.start >= m.start || t.pos === 'DET' || (t.text === '-' && HYPHENED_PARTICIPLES.has(toks[i + 1]?.lower ?? ''))
        || (toks[i + 1]?.text === '-' && HYPHENED_PARTICIPLES.has(toks[i + 2]?.lower ?? '')) || (HYPHENED_PARTICIPLES.has(t.lower) && toks[i - 1]?.text === '-')));
    const orgOwn = org && (toks.every((t) => t.pos !== 'NOUN') || introducedName || backedName || (inquiryBy(toks) && org.mentions.some((m) => m.end === mention.end)));
    const key = person ? `entity:${person.id}` : orgOwn ? `entity:${canonical!.id}` : `text:${text.toLowerCase().replace(/^(?:initial|early|some|other|several|many|multiple)\s+/, '')}`;
    let s = this.byKey.get(key);
    if (!s) {
      // Only a mention that is nothing but a place speaks for it ("Ukraine said"), not "brokers in London".
      const place = person || org || !this.mentions.endsAt('place', mention.end) ? undefined : doc.entities.find((e) => e.type === 'place' && e.mentions.some((m) => m.end === mention.end && doc.text.slice(mention.start, m.start).replace(LEADING_DETERMINERS, '').trim() === ''));
      // (An organisation's inquiry is typed as the organisation: "a report by Bloomberg" is Bloomberg's, a medium's.)
      const typed = QUANTIFIERS.test(text.toLowerCase())
        ? this.groupOf(mention.start) ?? typeMention(doc, toks)
        : orgOwn && org ? typeMention(doc, this.tokensIn(org.mentions.find((m) => m.start >= mention.start && m.end <= mention.end)!), undefined, org.name)
        : typeMention(doc, toks, person?.name, org?.name, place?.name);
      // "the Sofia daily Novini Dnes … Novini Dnes also reported": a medium, as the words before one of its mentions say.
      // ("North Gate Report, a Seoul-based website": an outlet, though its name ends in "Report".)
      if (org && (typed.kind === 'organization' || typed.kind === 'document') && this.describedAsMedium(org)) typed.kind = 'media';
      // "Meridian Maritime Intelligence, a London-based ship-tracking firm": a company, whatever its name's
      // words say of spies, soldiers or the state.
      // (What the text calls it, not its name's form: "… Resources" names ministries too.)
      else if (org && STATE_KINDS.has(typed.kind) && org.mentions.some((m) => this.describedAsCompany(m) || this.describedAsCivil(m))) typed.kind = 'organization';
      // Every field present from the start (see newEntity in doc.ts): role and affiliation are often filled in later.
      s = {
        id: this.nextId(),
        name: person?.name ?? (canonical && key.startsWith('entity:') ? canonical.name : text),
        kind: typed.kind, anonymous: typed.anonymous, role: typed.role, affiliation: typed.affiliation,
        entity: person ? person.id : canonical && key.startsWith('entity:') ? canonical.id : undefined,
        mentions: [],
      };
      // (What is shared on a platform names nobody behind it, and is a document, whatever the platform's name says.)
      if (onPlatform && !person) { s.anonymous = true; s.kind = 'document'; }
      // "Another community leader in Toconao, who asked not to be named": unnamed by request.
      // (… after a place or a first relative clause: "A physician in Baku who has treated hunger strikers, and who asked …".)
      const rest = doc.text.slice(mention.end, mention.end + 200);
      if (!person && (ANONYMITY_CLAUSE.test(rest) || ANONYMITY_CLAUSE.test(rest.replace(/^\s+in\s+\p{Lu}[^,;.]*?(?=\s+who\b|,)/u, '').replace(/^\s+who\s[^,;.]*,\s+and(?=\s+who\b)/, '')))) s.anonymous = true;
      this.sources.push(s);
      this.byKey.set(key, s);
    } else if (!s.role) {
      Object.assign(s, pick(typeMention(doc, toks, person?.name, org?.name), ['role', 'affiliation']));
    }
    // ("Daniel Kuffour of the police forensic laboratory": where the person works, as the phrase says.)
    if (person && !s.affiliation) {
      const at = person.mentions.find((m) => m.start >= mention.start && m.end <= mention.end && titlesOnly(doc.text.slice(mention.start, m.start)));
      const workplace = at && workplaceAfterName(doc.text.slice(at.end, mention.end));
      if (workplace) s.affiliation = workplace;
      // ("virologist Valeria Quispe of the Loreto Institute for Tropical Research": the organisation named after "of".)
      else {
        // (… wherever the name stands in the phrase: "led by virologist Valeria Quispe of …".)
        // (Not a name after a comma, in a clause of its own: "Trump, appearing after Clinton at the NBC forum".)
        const pm = at ?? person.mentions.find((m) => m.start >= mention.start && m.end <= mention.end && !doc.text.slice(mention.start, m.start).includes(','));
        const of = pm ? /^\s+(?:of|at|from)\s+(?:the\s+)?/.exec(doc.text.slice(pm.end, mention.end)) : null;
        // (The organisation ends the phrase: not "Clinton at the NBC/MSNBC forum", where it names the forum.)
        const org = pm && of ? this.mentions.within('organization', mention).find((x) => x.start === pm.end + of[0].length && /^[\s,]*$/.test(doc.text.slice(x.end, mention.end))) : undefined;
        if (org) s.affiliation = org.entity.name;
      }
    }
    // "She said …" of a person introduced elsewhere as "Health Secretary Laura
    // Bennett": the office written before any of the name's mentions.
    if (person && !s.role && !this.officeSought.has(s)) {
      // Looked for once per source: a person is mentioned many times.
      this.officeSought.add(s);
      Object.assign(s, pick(this.officeBefore(person), ['role', 'affiliation']));
      if (!s.role) Object.assign(s, this.officeAfter(person));
    }
    if (!silent || !s.mentions.length) s.mentions.push(spoken);
    return s;
  }

  /**
   * "While some see …, others question …": a bare quantifier speaks for the
   * group the text named just before ("… among geopolitical analysts").
   */
  private groupOf(at: number): ReturnType<typeof typeMention> | undefined {
    const doc = this.doc;
    const sentence = doc.sentenceAt(at);
    const from = doc.sentences[Math.max(0, sentence - 1)]!.firstToken;
    for (let i = doc.tokenAt(at) - 1; i >= from; i--) {
      const t = doc.tokens[i]!;
      if (t.pos === 'NOUN' && ROLE_NOUNS.has(t.lower) && t.lower.endsWith('s')) return { ...typeMention(doc, [t]), anonymous: true };
    }
    return undefined;
  }

  private readonly officeSought = new Set<Source>();

  /** Role and affiliation from the words before a person entity's mentions ("Health Secretary" Laura Bennett). */
  private officeBefore(person: { name: string; mentions: Span[] }): Partial<Typed> {
    const doc = this.doc;
    // Only the full name: a title before a bare surname ("Secretary Clinton") may be a namesake's.
    for (const m of person.mentions) {
      // (Not a transcript's speaker label in capitals: see speakerLabel.)
      if (!/\s/.test(doc.slice(m)) || !/\p{Ll}/u.test(doc.slice(m))) continue;
      const first = doc.tokenAt(m.start);
      let sentenceStart = doc.sentences[doc.tokens[first]?.sentence ?? 0]?.firstToken ?? 0;
      let a = first;
      // "The regional chief veterinary officer, Dr Halina Marczak,", "Ecuador's human-rights ombudsman,
      // Lucía Benalcázar,", "Its coordinator, Nhkum Bawk Ja,": a described office set off before the name.
      // (… with up to three titles between: "the group's military spokesman, Brigadier General Hamid al-Sharafi".)
      let titles = 0;
      while (titles < 4 && isTitleToken(doc, a - 1 - titles)) titles++;
      const comma = doc.tokens[a - 1 - titles]?.text === ',' ? a - 1 - titles : -1;
      // (A title's full stop may have ended the sentence before the name: "…, Hon. Danjuma Auta, put the number": the
      // office is in that sentence.)
      if (comma >= 0 && doc.tokens[comma]!.sentence !== doc.tokens[first]!.sentence) sentenceStart = doc.sentences[doc.tokens[comma]!.sentence]!.firstToken;
      if (comma > sentenceStart) {
        // ("the chairman of Kajuru Local Government Area, Hon. Danjuma Auta": the office's complement too.)
        const office = this.officeBeforeComma(comma - 1, sentenceStart, m.start) ?? (titles ? this.roleWithComplement(comma - 1, sentenceStart) : undefined);
        if (office) return office;
      }
      // "His spokeswoman, Erin Hall": a role set off by a comma just before the name.
      if (doc.tokens[a - 1]?.text === ',' && ROLE_NOUNS.has(doc.tokens[a - 2]?.lower ?? '')) a -= 1;
      // "A spokesperson for Sofia City Court, Yordanka Ilieva": the role's complement too.
      else if (doc.tokens[a - 1]?.text === ',') {
        const office = this.roleWithComplement(a - 2, sentenceStart);
        if (office) return office;
      }
      // ("Chinese foreign ministry spokesperson Zhao Minghui": a body written in lower case, and its modifiers.)
      let body = false;
      // ("Its spokesperson, ASP Garba Tanimu": a rank between the comma and the name.)
      if (doc.tokens[a - 1] && RANK_TITLE.test(doc.tokens[a - 1]!.text) && doc.tokens[a - 2]?.text === ',' && ROLE_NOUNS.has(doc.tokens[a - 3]?.lower ?? '')) a -= 2;
      while (a > sentenceStart && a > first - 7) {
        const t = doc.tokens[a - 1]!;
        if (GOVERNMENT_BODIES.has(t.lower) && t.pos === 'NOUN') body = true;
        const described = (/^[A-Z]/.test(t.text) && OFFICE_POS.has(t.pos)) || ROLE_NOUNS.has(t.lower) || NAME_TITLES.has(t.lower)
          || GOVERNMENT_BODIES.has(t.lower) || (body && (t.pos === 'ADJ' || t.pos === 'NOUN'));
        if (!described) break;
        a--;
      }
      if (a === first) continue;
      const typed = typeMention(doc, [...doc.tokens.slice(a, first), ...this.tokensIn(m)], person.name);
      if (typed.role) return typed;
    }
    return {};
  }

  /**
   * An office written as a noun phrase that ends at token `last`, just before
   * the comma of an apposition: its head is a noun for what a person does (a
   * role noun, or an agent noun such as "coordinator", "ombudsman"), and its
   * lower-case modifiers back to a determiner or a possessive belong to it. A
   * possessive names the affiliation ("the superintendency's regional head"),
   * "its / their" the organisation named just before. Capitalised words stop
   * it: "Foreign Ministry spokeswoman, X" is left to the rules after this.
   */
  private officeBeforeComma(last: number, sentenceStart: number, at: number): Partial<Typed> | undefined {
    const doc = this.doc;
    const head = doc.tokens[last];
    // (… or a role noun the POS tagger read as an adjective at the end of a hyphenated office: "editor-in-chief".)
    const hyphenated = !!head && ROLE_NOUNS.has(head.lower) && doc.tokens[last - 1]?.text === '-' && doc.tokens[last - 1]!.end === head.start;
    if (!head || (head.pos !== 'NOUN' && !hyphenated) || !/^\p{Ll}/u.test(head.text)) return undefined;
    const w = head.lower;
    // ("In a statement, Brian Fallon": -ment nouns are no agents.)
    if (!(ROLE_NOUNS.has(w) || (AGENT_NOUN.test(w) && !w.endsWith('ment')) || /(?:man|woman|person)$/.test(w)) || w.endsWith('s')) return undefined;
    let a = last;
    while (a - 1 > sentenceStart && last - a < 5) {
      const t = doc.tokens[a - 1]!;
      // ("human-rights": a hyphen inside a word.)
      const joined = t.text === '-' && t.end === doc.tokens[a]!.start && doc.tokens[a - 2]?.end === t.start;
      // ("editor-in-chief": any word between two attached hyphens.)
      const inWord = doc.tokens[a]!.text === '-' && t.end === doc.tokens[a]!.start && doc.tokens[a - 2]?.text === '-' && doc.tokens[a - 2]!.end === t.start;
      if (!joined && !inWord && (!/^\p{Ll}/u.test(t.text) || !(t.pos === 'ADJ' || t.pos === 'NOUN' || RANK_MODIFIERS.has(t.lower)))) break;
      a--;
    }
    const before = doc.tokens[a - 1];
    const role = doc.text.slice(doc.tokens[a]!.start, head.end);
    if (!before) return undefined;
    // (The phrase opens its clause: not "In a statement, …", "At the time, …".)
    if (/^(?:the|a|an)$/.test(before.lower)) return doc.tokens[a - 2]?.pos === 'ADP' ? undefined : { role };
    if (/^(?:its|their)$/.test(before.lower)) {
      // (The institution that spoke in this sentence or the one before, rather than any named since; see completeOffice.)
      const org = this.recentOrganisation(at, false) ?? this.organisationBefore(at) ?? this.bodyOpeningSentenceBefore(at);
      return org ? { role, affiliation: org.name } : { role };
    }
    if (before.lower === "'s" || before.lower === '’s') {
      const ownerEnd = a - 2;
      const owner = doc.tokens[ownerEnd];
      if (!owner) return { role };
      if (/^\p{Lu}/u.test(owner.text)) return { role, affiliation: this.capitalisedEnding(sentenceStart, ownerEnd + 1) ?? owner.text };
      // "the superintendency's": the organisation it refers back to, if the article named it
      // ("this year's entertainer" has none).
      const named = this.organisationAfterHead(owner, at);
      return named ? { role, affiliation: named } : { role };
    }
    return undefined;
  }

  /**
   * What the words around a named person's mentions add to the office their
   * first mention gave: "Its spokeswoman, Yelena Chernova" after "Russia's
   * Foreign Ministry dismissed …" speaks for the ministry; "Commander Timothy
   * Hale, a spokesman for the Fifth Fleet" has a rank before the name and the
   * office after it.
   */
  /**
   * "the FDA said" after "the US Food and Drug Administration", "MARINA" after "the Maritime Industry
   * Authority, MARINA,": an organisation's short form is the kind of body its full name says it is.
   */
  kindOfShortForm(s: Source): void {
    if (s.kind !== 'organization' || !/^[A-Z]{2,7}$/.test(s.name)) return;
    const T = this.doc.tokens;
    for (const e of this.doc.entities) {
      if (e.type !== 'organization' || e.name === s.name) continue;
      const capitals = e.name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      // (Its capitals, or their end: "US Food and Drug Administration" is the FDA.)
      const spelled = capitals === s.name || (capitals.endsWith(s.name) && s.name.length >= 3);
      // (… or the short form set off right after the full name: ", MARINA," or "(MARINA)".)
      const beside = e.mentions.some((m) => {
        const k = this.doc.tokenAt(m.end);
        return /^[,(]$/.test(T[k]?.text ?? '') && T[k + 1]?.text === s.name;
      });
      if (!spelled && !beside) continue;
      const m = e.mentions[0]!;
      const kind = typeMention(this.doc, this.tokensIn(m), undefined, e.name).kind;
      if (kind === 'government' || kind === 'military' || kind === 'intelligence' || kind === 'media') s.kind = kind;
      return;
    }
  }

  completeOffice(s: Source): void {
    const person = s.kind === 'person' && s.entity ? this.doc.entities.find((e) => e.id === s.entity) : undefined;
    if (!person || !s.role) return;
    // A role is an office, not whose it is: "Its director" is a director ("its" points to the affiliation, below).
    const whose = /^(?:its|their|his|her|our|my)\s+/i.exec(s.role);
    if (whose) s.role = s.role.slice(whose[0].length);
    // … nor is a name's possessive, once it is the affiliation: "Ironbark's managing director" is a managing director.
    // (… and, with no affiliation yet, the possessive names it, unless it is a person's: "Malawi's deputy health
    // ombudsman" serves Malawi; "Smith's aide" is left to the rules below.)
    const possessor = NAME_POSSESSIVE.exec(s.role);
    if (possessor && (s.affiliation === possessor[1] || (!s.affiliation && !this.doc.entities.some((e) => e.type === 'person' && e.name.endsWith(possessor[1]!))))) {
      s.role = possessor[2]!;
      s.affiliation ??= possessor[1]!;
    }
    // "Sudan's Minister of Irrigation and Water Resources": a minister serves the ministry of that field, in the
    // country the possessive named (or the ministry the article names so).
    const ministry = MINISTER_OF.exec(s.role);
    if (ministry) {
      const own = `Ministry of ${ministry[2]!}`;
      const named = this.doc.entities.find((e) => e.type === 'organization' && e.name.endsWith(own));
      s.role = ministry[1]!;
      s.affiliation = named?.name ?? (s.affiliation ? `${s.affiliation}'s ${own}` : own);
      return;
    }
    // "Commission chairperson …": the commission the article named in full before.
    if (s.affiliation && ORG_HEADS.has(s.affiliation.toLowerCase())) {
      const head = s.affiliation.toLowerCase();
      const full = this.doc.entities.filter((e) => e.type === 'organization' && (e.name.toLowerCase().endsWith(` ${head}`) || e.name.toLowerCase().startsWith(`${head} of `))
        && e.mentions.some((m) => m.start < person.mentions[0]!.start)).pop();
      // (… or named in lower case, as a body that spoke before: "The West Sumatra disaster management agency
      // confirmed …. …, agency spokesman Fadli Hanafi said".)
      const spoken = full ? undefined : this.bodySpoken(head, person.mentions[0]!.start);
      if (full) s.affiliation = full.name;
      else if (spoken) s.affiliation = spoken;
    }
    if (s.affiliation) return;
    // "At the regional hospital in Batken, deputy chief physician Gulnara Toktosunova said": the
    // workplace the sentence opens with.
    const workplace = this.workplaceOpening(person.mentions[0]!);
    if (workplace) { s.affiliation = workplace; return; }
    // "a navy spokesperson": a body written in lower case inside the role.
    // (The body with the words before it: "Republican National Committee member" is the committee's.)
    const roleWords = s.role.split(/\s+/);
    const bodyAt = roleWords.slice(0, -1).findIndex((w) => GOVERNMENT_BODIES.has(w.toLowerCase()));
    // (Not the rank before it: "retired Air Force general" served the Air Force.)
    // (… and the body the article named so: "a fleet spokeswoman" after "the Fifth Fleet".)
    if (bodyAt >= 0) {
      const phrase = roleWords.slice(0, bodyAt + 1).join(' ').replace(RANK_PREFIX, '');
      const named = this.doc.entities.find((e) => e.type === 'organization' && e.name.toLowerCase().endsWith(` ${phrase.toLowerCase()}`));
      s.affiliation = named?.name ?? phrase;
      return;
    }
    // "A company spokesman, Nikos Varvaressos": the company the article named (and described so).
    const anaphorAt = roleWords.slice(0, -1).findIndex((w) => COMPANY_ANAPHORS.has(w.toLowerCase()) || GROUP_NOUNS.has(w.toLowerCase()) || MEDIA_ANAPHORS.has(w.toLowerCase()));
    const anaphor = anaphorAt >= 0 ? this.doc.tokens.find((t) => t.lower === roleWords[anaphorAt]!.toLowerCase()) : undefined;
    // (Not the last organisation named, which may be anything: only one named or described so.)
    const described = anaphor && this.organisationAfterHead(anaphor, person.mentions[0]!.start, false);
    if (described) { s.affiliation = described; return; }
    // The words before the name may say whose the role is ("A spokesperson for Varna District Court, Milena Petrova").
    const before0 = this.officeBefore(person);
    if (before0.affiliation && before0.role && s.role.toLowerCase().includes(before0.role.toLowerCase())) { s.affiliation = before0.affiliation; return; }
    // "the group's military spokesman, Brigadier General Hamid al-Sharafi": a rank is no office; the office before it is.
    const rankOnly = s.role.toLowerCase().split(/[\s,]+/).filter(Boolean).every((w) => MILITARY_RANKS.has(w.replace(/\.$/, '')) || RANK_MODIFIERS.has(w));
    // (Not the rank again: "First Admiral" and "Admiral".)
    if (rankOnly && before0.role && !before0.role.toLowerCase().includes(s.role.toLowerCase()) && !s.role.toLowerCase().includes(before0.role.toLowerCase())) {
      s.role = `${s.role}, ${before0.role}`;
      if (before0.affiliation) { s.affiliation = before0.affiliation; return; }
    }
    const first = person.mentions[0]!;
    const lead = this.doc.text.slice(Math.max(0, first.start - 60), first.start);
    // (The two patterns below read a possessive: not worth running over a lead without one.)
    const possessive = /['’][sS]/.test(lead);
    // "The council's chair, Boris Lemekhov": the council the article named.
    const ownerBefore = possessive && /\b(?:the\s+)(\p{Ll}+)['’]s\s+([^,.;:]{1,40}?)\s*,?\s*$/iu.exec(lead);
    if (ownerBefore && ownerBefore[2]!.toLowerCase().endsWith(s.role.toLowerCase().split(/\s+/).pop()!)) {
      const head = this.doc.tokens.find((t) => t.lower === ownerBefore[1]!.toLowerCase());
      const org = head && this.organisationAfterHead(head, first.start);
      // (The role without the possessive, which the affiliation now says.)
      const own = new RegExp(`^(?:the\\s+)?${ownerBefore[1]!}['’]s\\s+`, 'i').exec(s.role);
      if (own && (org || ORG_HEADS.has(ownerBefore[1]!.toLowerCase()))) s.role = s.role.slice(own[0].length);
      if (org) { s.affiliation = org; return; }
      // (… or, with none named, that institution: "The school's director, Jaime Ortiz".)
      if (ORG_HEADS.has(ownerBefore[1]!.toLowerCase())) { s.affiliation = ownerBefore[1]!.toLowerCase(); return; }
    }
    // "Voltara's founder and chief executive, Marcus Ellery": the name before the role's possessive, when the
    // role was read without it (not a person's: "Trump's spokeswoman" serves Trump, and officeBefore says so).
    const nameOwner = possessive && /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*)['’]s\s+([^,.;:'"“”]{1,60}?)\s*,?\s*$/u.exec(lead);
    if (nameOwner && !/['’]s\s/.test(s.role) && nameOwner[2]!.toLowerCase().endsWith(s.role.toLowerCase().split(/\s+/).pop()!)
      && this.doc.entities.some((e) => e.type === 'organization' && e.name === nameOwner[1])) {
      s.affiliation = nameOwner[1]!;
      return;
    }
    // (The role may have been read with or without its pronoun: "Its spokeswoman" / "spokeswoman".)
    // (… with a rank between: "Its spokesperson, ASP Garba Tanimu".)
    // (… or a rank of two words: "Its regional director, First Admiral Zulkifli Hamid", whose role is then both.)
    const before = /\b(?:[Ii]ts|[Tt]heir)\s+([^,.;:]{1,40}?)\s*,?\s*(?:(?:[A-Z]{2,4}\.?|\p{Lu}\p{Ll}+\.?)\s+){0,2}$/u.exec(lead);
    const rankBefore = !!before && rankOnly && ROLE_NOUNS.has(before[1]!.toLowerCase().split(/\s+/).pop()!);
    if (rankBefore) s.role = `${s.role}, ${before[1]!}`;
    if ((whose && /^(?:its|their)\s/i.test(whose[0])) || rankBefore || (before && before[1]!.toLowerCase().endsWith(s.role.toLowerCase()))) {
      // (The institution that spoke in this sentence or the one before first, rather than any named since: "The
      // Aburrá Valley Transit Authority said … trains would not run between Suramericana and San Javier. Its general
      // manager, Beatriz Londoño": the authority, not the station. Else the last one named, or, named by no name
      // the entities layer found, one that opens a sentence: "The Houthi-run health ministry … its spokesman".)
      const org = this.recentOrganisation(first.start, false)?.name ?? this.organisationBefore(first.start)?.name
        ?? this.bodyOpening(first.start);
      if (org) s.affiliation = org;
      return;
    }
    // "The company's chief executive, Graham Oduro": the company the article named.
    const owner = /^(?:the\s+)?((?:\p{Ll}+\s+)?(\p{Ll}+))['’]s\s+/iu.exec(s.role);
    if (owner) {
      const head = this.doc.tokens.find((t) => t.lower === owner[2]!.toLowerCase());
      const org = head && this.organisationAfterHead(head, first.start);
      if (org) { s.role = s.role.slice(owner[0].length); s.affiliation = org; return; }
      // ("the prime minister's spokesperson": an office is whom the role serves.)
      if (ROLE_NOUNS.has(owner[2]!.toLowerCase())) { s.role = s.role.slice(owner[0].length); s.affiliation = owner[1]!; return; }
      // ("The hospital's director", "the team's general manager", with no hospital or team named: the institution
      // the possessive describes is still whom the office serves.)
      if (ORG_HEADS.has(owner[2]!.toLowerCase())) { s.role = s.role.slice(owner[0].length); s.affiliation = owner[1]!; return; }
    }
    // "Ironbark's managing director": a name's possessive is the employer.
    const named = NAME_POSSESSIVE.exec(s.role);
    if (named && !this.doc.entities.some((e) => e.type === 'person' && e.name.endsWith(named[1]!))) { s.role = named[2]!; s.affiliation = named[1]!; return; }
    // "a Qatari minister of state": the country the demonym names.
    const demonym = s.role.split(/\s+/).find((w) => /^\p{Lu}/u.test(w) && countryOfDemonym(w));
    const row = demonym ? gazetteer().countryRow(countryOfDemonym(demonym)!) : undefined;
    if (row !== undefined) { s.affiliation = gazetteer().d.name.at(row)!; return; }
    // "spokeswoman Ralitsa Todorova said", "Its spokesman, …": a spokesperson with no body named speaks
    // for the institution that spoke or was named last, in this sentence or the one before.
    // ("In Brussels, a European Commission spokesperson said … 'We expect …,' the spokesperson, Anna
    // Verhoeven, told reporters": first the unnamed holder of the same office the article introduced.)
    const role = s.role.trim().toLowerCase();
    const theRole = lead.toLowerCase().replace(/\s+/g, ' ').endsWith(`the ${role}, `);
    const introduced = theRole ? this.sources.filter((x) => x !== s && !x.entity && x.affiliation && x.role?.toLowerCase().endsWith(role)
      && x.mentions.some((m) => m.start < first.start)).pop() : undefined;
    if (introduced) { s.affiliation = introduced.affiliation; return; }
    if (/^(?:spokes(?:man|woman|person)|press (?:officer|secretary))$/i.test(s.role.trim())) {
      const org = this.organisationBefore(first.start)?.name ?? this.recentOrganisation(first.start, false)?.name;
      if (org) { s.affiliation = org; return; }
    }
    // "Hanoi's Forest Protection Department said … ¶ 'There is no evidence …,' Deputy Director Le Thi Thu
    // Hang told reporters": who heads an institution with none named heads the one that just spoke.
    // (Spoke, not merely named: a director is no spokesperson, sent by whichever body came up last.)
    // (A named institution only, and not when a possessive says whose: "The journal's editor-in-chief".)
    if (INSTITUTION_HEAD_ROLE.test(s.role.trim()) && !/['’]s\s+[^,.;:'’]*,?\s*$/.test(lead)) {
      const org = this.recentOrganisation(first.start)?.name;
      if (org) { s.affiliation = org; return; }
    }
    // "The governor of the Central Bank of Nigeria on Monday denied …. 'There is no plan,' Governor Adaeze
    // Okafor-Bassey told reporters": an office the article gave earlier with whose it is, the named organisation
    // right after "the governor of".
    // (The pattern is only worth running, over the whole text before the name, when the lower-case text holds the words.)
    if (ROLE_NOUNS.has(role) && !role.includes(' ') && lowerCaseText(this.doc).includes(`the ${role} of `)) {
      const office = new RegExp(`\\bthe ${role} of (?:the )?(?=\\p{Lu})`, 'giu');
      for (const m of this.doc.text.slice(0, first.start).matchAll(office)) {
        const at = m.index! + m[0].length;
        const org = this.mentions.within('organization', { start: at, end: Math.min(this.doc.text.length, at + 80) }).find((x) => x.start === at);
        if (org) { s.affiliation = org.entity.name; return; }
      }
    }
    // "the minister, Adi Losana Tabua": a minister (not "prime minister") is of the one ministry the article named before.
    if (/^minister$/i.test(s.role.trim())) {
      const ministries = new Set(this.doc.entities.filter((e) => e.type === 'organization' && /\bministry\b/i.test(e.name)
        && e.mentions.some((m) => m.start < first.start)).map((e) => e.name));
      if (ministries.size === 1) { s.affiliation = [...ministries][0]!; return; }
    }
    // (Only a rank: "Commander", "Senior Colonel".)
    if (!s.role.toLowerCase().split(/\s+/).every((w) => NAME_TITLES.has(w.replace(/\.$/, '')) || RANK_MODIFIERS.has(w))) return;
    const after = this.officeAfter(person);
    if (!after.role) return;
    s.role = after.role.toLowerCase().includes(s.role.toLowerCase()) ? after.role : `${s.role}, ${after.role}`;
    if (after.affiliation) s.affiliation = after.affiliation;
  }

  /**
   * The workplace a sentence opens with, "At the regional hospital in Batken, …", when `m` (a person's
   * mention) is in that sentence after it: its words without the article, up to the comma.
   */
  private workplaceOpening(m: Span): string | undefined {
    const doc = this.doc, T = doc.tokens, sent = doc.sentences[doc.sentenceAt(m.start)]!;
    let i = sent.firstToken;
    if (T[i]?.lower !== 'at') return undefined;
    i++;
    if (T[i]?.lower === 'the') i++;
    let end = i, place = false;
    while (end < sent.endToken && T[end]!.text !== ',' && end - i < 10) {
      if (WORKPLACES.has(T[end]!.lower)) place = true;
      end++;
    }
    if (!place || end === i || T[end]?.text !== ',' || T[end]!.end > m.start) return undefined;
    return doc.text.slice(T[i]!.start, T[end - 1]!.end);
  }

  /** The organisation named before `at` whose name ends with this head noun ("the command": "Eastern Theater Command"), or the last one for a generic head ("the group"). */
  /** Token index `i`, or the end of the organisation's name that token `i - 1` lies inside. */
  private nameEndingAfter(i: number): number {
    const t = this.doc.tokens[i - 1];
    const org = t && this.mentions.covering('organization', t.start, t.end);
    return org && org.end > t.end ? this.doc.tokenAt(org.end - 1) + 1 : i;
  }

  private organisationAfterHead(head: Token, at: number, guess = true): string | undefined {
    const orgs = this.doc.entities.filter((e) => e.type === 'organization' && e.mentions.some((m) => m.start < at));
    // ("the ministry" / "the superintendency": "Ministry of Health", "Superintendency of the Environment" too.)
    const named = orgs.filter((e) => { const n = e.name.toLowerCase(); return n.endsWith(` ${head.lower}`) || n.startsWith(`${head.lower} of `); }).pop();
    if (named) return named.name;
    // "Rodos Express, a local news site, … the site's editor", "Kallisto Ship Management, the
    // Piraeus-based company …, a company spokesman": the organisation an apposition described so.
    // ("TruthDesk Ghana, an independent fact-checking organisation, … the group's editor": "the group" is what the
    // article described as any kind of group, an organisation, a collective, a network.)
    const group = head.lower === 'group';
    const described = orgs.filter((e) => e.mentions.some((m) => {
      if (m.start >= at) return false;
      const nouns = this.appositionNouns(m);
      return nouns.has(head.lower) || (group && [...nouns].some((n) => GROUP_NOUNS.has(n)));
    })).pop();
    if (described) return described.name;
    // "the group's project coordinator": the organisation that spoke last, as for "the group" alone.
    const recent = GROUP_NOUNS.has(head.lower) ? this.recentOrganisation(at) : undefined;
    if (recent) return recent.name;
    // "The Catholic Church's election observer mission said … the mission's coordinator": a source
    // (not a person) the same noun heads, though no name does.
    const source = GROUP_NOUNS.has(head.lower) ? undefined : this.resolveDescription([head], at);
    if (source && source.kind !== 'person' && !source.anonymous) return source.name;
    // (A few sentences back: a quotation before the name may run over two or three: "… This is hostage-taking," said
    // Marta Ziolkowska, the group's Europe director.)
    if (!guess || !/^(?:group|organisation|organization|agency|company|firm)$/.test(head.lower)) return undefined;
    // (… for a group, the one that spoke, else the one named; a company or agency only just before.)
    // ("The WFP said … facilities it rents in the Varreux industrial zone …. Anders Lindqvist, the agency's country
    // director": the one that spoke just before, rather than the last named.)
    if (!/^(?:group|organisation|organization)$/.test(head.lower)) return (this.recentOrganisation(at) ?? this.organisationBefore(at))?.name;
    // (Not a source named by a role, "the group's military spokesman".)
    // (Nor a medium: "Their Al-Masirah television channel, citing the group's military spokesman" is the group's channel.)
    const spoke = this.recentOrganisation(at, false, 3);
    return (spoke && spoke.kind !== 'media' && !isPersonNoun(spoke.name.toLowerCase().split(/\s+/).pop()!) ? spoke : this.organisationBefore(at, 3, true))?.name;
  }

  /**
   * A body written in lower case, with the lower-case words before it from `from` ("fire service" of "a
   * fire service spokesman"), or the organisation the article names so ("Hellenic Fire Service").
   */
  private bodyNamed(from: number, body: number): string {
    const T = this.doc.tokens;
    let a = body;
    while (a > from && /^\p{Ll}/u.test(T[a - 1]!.text) && T[a - 1]!.pos === 'NOUN') a--;
    const phrase = this.doc.text.slice(T[a]!.start, T[body]!.end);
    // ("Colonel Azamat Toktogulov, a ministry spokesman": the ministry the article named, "Ministry of Defence".)
    // (… or named in lower case, as a source that spoke before: "The West Sumatra disaster management agency
    // confirmed …. …, agency spokesman Fadli Hanafi said".)
    if (a === body) return this.organisationAfterHead(T[body]!, T[body]!.start, false) ?? this.bodySpoken(T[body]!.lower, T[body]!.start) ?? phrase;
    const org = this.doc.entities.find((e) => e.type === 'organization' && e.name.toLowerCase().endsWith(` ${phrase.toLowerCase()}`));
    return org?.name ?? phrase;
  }

  /** The one body (no person) that spoke before `at` with a name that ends in `word`, if there is one. */
  private bodySpoken(word: string, at: number): string | undefined {
    // (A name, not a passive's phrase taken for one: "… shot by police".)
    const spoke = this.sources.filter((s) => s.kind !== 'person' && !s.anonymous && s.name.toLowerCase().endsWith(` ${word}`)
      && !/\sby\s/.test(s.name) && s.mentions.some((m) => m.end <= at));
    return spoke.length === 1 ? spoke[0]!.name : undefined;
  }

  /** The nouns of the apposition right after a mention: ", a local news site," gives {news, site}. */
  private appositionNouns(m: Span): Set<string> {
    const T = this.doc.tokens, out = new Set<string>();
    let k = this.doc.tokenAt(m.end);
    if (T[k]?.text !== ',' || !/^(?:a|an|the)$/.test(T[k + 1]?.lower ?? '')) return out;
    for (k += 2; k < T.length && out.size < 6 && T[k]!.sentence === T[k - 1]!.sentence; k++) {
      const t = T[k]!;
      if (/^(?:that|which|who|whose|where)$/.test(t.lower) || (t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'VERB' && t.lower !== 'based' || t.pos === 'ADP') break;
      if (t.pos === 'NOUN') out.add(t.lower);
    }
    return out;
  }

  /** Whether a word for a medium stands right before one of the organisation's mentions ("the daily X", "the newspaper X"). */
  private describedAsMedium(org: { mentions: Span[] }): boolean {
    const T = this.doc.tokens;
    return org.mentions.some((m) => {
      const i = this.doc.tokenAt(m.start);
      const prev = T[i - 1];
      if (prev && prev.end <= m.start && MEDIA_NOUNS.has(prev.lower)) return true;
      // ("The website, El Sótano, reported": the medium's noun before the comma that sets the name off.)
      if (prev?.text === ',' && MEDIA_NOUNS.has(T[i - 2]?.lower ?? '') && T[i - 2]!.pos === 'NOUN' && T[i - 2]!.sentence === T[i]!.sentence) return true;
      // "Kachin Waves, an exiled news outlet based in Chiang Mai", "Radyo Bulakenyo, a local radio
      // station,": an apposition after a mention, whose head is a medium's noun.
      const j = this.doc.tokenAt(m.end - 1) + 1;
      // ("the Houthi-run Al-Masirah television channel": the medium's nouns right after the name.)
      if (mediumAfter(T, j)) return true;
      return T[j]?.text === ',' && T[j + 1]?.sentence === T[i]!.sentence && MEDIA_NOUNS.has(appositionHead(T, j + 1)?.head ?? '');
    });
  }

  /** The organisation last named before `at`, in its sentence or the one before. */
  /**
   * "Lokwa's campaign went further than the bishops. Its spokesman, …": a body named by a common
   * noun ("campaign", "party", "union") that opens the sentence before, when no organisation is named.
   */
  private bodyOpeningSentenceBefore(at: number): { name: string } | undefined {
    const doc = this.doc, sentence = doc.sentences[doc.sentenceAt(at) - 1];
    if (!sentence) return undefined;
    const np = nounPhraseRight(doc, sentence.firstToken, sentence.endToken);
    const head = np ? doc.tokens[np.endTok - 1] : undefined;
    // (… or a medium or a company: "Sumatra Kini, a regional news website, embedded the clip. The site later
    // updated the story. Its editor, …".)
    const outlet = MEDIA_NOUNS.has(head?.lower ?? '') || WEB_NOUNS.has(head?.lower ?? '') || COMPANY_ANAPHORS.has(head?.lower ?? '');
    if (!np || !head || head.pos !== 'NOUN' || !(SPEAKING_BODIES.has(head.lower) || GROUP_NOUNS.has(head.lower) || outlet)) return undefined;
    const name = doc.slice(np.span).replace(LEADING_DETERMINERS, '');
    if (name.includes(' ') && !outlet) return { name };
    // ("The association said …": a bare "the X" refers back; the organisation named with that word, if any,
    // else nothing here — "the ministry" is resolved by what the article called its ministry.)
    const named = doc.entities.find((e) => e.type === 'organization' && e.name.toLowerCase().split(/\s+/).includes(head.lower));
    if (named) return { name: named.name };
    // (A medium or a company: the organisation that opens the sentence before it, which "the site" refers back to.)
    if (!outlet || !DEFINITE.has(doc.tokens[np.startTok]?.lower ?? '')) return undefined;
    const before = doc.sentences[doc.sentenceAt(at) - 2];
    const opening = before && doc.entities.find((e) => e.type === 'organization' && e.mentions.some((m) => m.start === before.start));
    return opening ? { name: opening.name } : undefined;
  }

  private organisationBefore(at: number, back = 1, notMedia = false): { name: string } | undefined {
    const doc = this.doc;
    const sentence = doc.sentenceAt(at);
    let best: { name: string; end: number } | undefined;
    for (const e of doc.entities) {
      if (e.type !== 'organization' || (notMedia && this.describedAsMedium(e))) continue;
      for (const m of e.mentions) {
        if (m.end <= at && doc.sentenceAt(m.start) >= sentence - back && (!best || m.end > best.end)) best = { name: doc.slice(m), end: m.end };
      }
    }
    return best;
  }

  /**
   * The workplace a relative clause names after "at" or "for", from token `from` to the clause's end (at most
   * 14 tokens after `k`): "who studies energy markets at [the Oxford Institute for Energy Studies]". An
   * organisation the entities layer found there, whole ("the University of the Philippines Diliman"), else (when
   * `guess`) the capitalised words there.
   */
  private workplaceInClause(from: number, k: number, guess: boolean): string | undefined {
    const T = this.doc.tokens, sentence = T[from - 1]?.sentence;
    for (let p = from; p < T.length && T[p]!.sentence === sentence && p - k < 14 && !/^[,.;:]$/.test(T[p]!.text); p++) {
      if (T[p]!.lower !== 'at' && T[p]!.lower !== 'for') continue;
      let f = T[p + 1]?.lower === 'the' ? p + 2 : p + 1;
      // (Past what describes it: "for the Oslo-based research group Conflict Armament Monitor".)
      const described = (q: number) => T[q]!.text === '-' || T[q]!.lower === 'based' || (T[q + 1]?.text === '-' && T[q + 2]?.lower === 'based')
        || (/^\p{Ll}/u.test(T[q]!.text) && (T[q]!.pos === 'NOUN' || T[q]!.pos === 'ADJ'));
      let g = f;
      while (g < T.length && g - f < 6 && T[g]!.sentence === sentence && described(g)) g++;
      const at = (q: number) => T[q] && this.mentions.within('organization', { start: T[q]!.start, end: T[Math.min(T.length - 1, q + 12)]!.end }).find((x) => x.start === T[q]!.start);
      const first = T[f];
      const org = first && (at(f) ?? (g > f ? at(g) : undefined));
      const name = org?.entity.name ?? (guess ? this.capitalisedAfter(p + 1, k + 16) : undefined);
      if (name) return name;
    }
    return undefined;
  }

  /**
   * "Dr. Amir Haddad, an epidemiologist at the University of Toronto": the
   * apposition after a full mention gives the role, and the name after
   * "at / of / for" the affiliation.
   */
  private officeAfter(person: { mentions: Span[] }): { role?: string; affiliation?: string } {
    const doc = this.doc;
    for (const m of person.mentions) {
      if (!/\s/.test(doc.slice(m)) || !/\p{Ll}/u.test(doc.slice(m))) continue;
      let k = doc.tokenAt(m.end);
      if (doc.tokens[k]?.text !== ',') continue;
      // ", its director-general": the organisation named before.
      if (/^(?:its|their)$/.test(doc.tokens[k + 1]?.lower ?? '') && ROLE_NOUNS.has(doc.tokens[k + 2]?.lower ?? '')) {
        let end = k + 3;
        while (doc.tokens[end] && (doc.tokens[end]!.text === '-' || doc.tokens[end - 1]!.text === '-')) end++;
        const org = this.recentOrganisation(m.start, false) ?? this.organisationBefore(m.start);
        return { role: doc.text.slice(doc.tokens[k + 2]!.start, doc.tokens[end - 1]!.end), ...(org ? { affiliation: org.name } : {}) };
      }
      // ", who heads Estonia's cyber defence centre": the head of what follows.
      const verb = doc.tokens[k + 2];
      // (", who commands the Libyan coast guard's western sector": its commander.)
      const leads = verb && /^(?:heads|headed|leads|led|runs|ran|directs|directed|chairs|chaired|commands|commanded|coordinates|coordinated|manages|managed|edits|edited|founded|co-founded)$/.test(verb.lower);
      if (doc.tokens[k + 1]?.lower === 'who' && leads) {
        const sentence = verb.sentence;
        const from = doc.tokens[k + 3]?.lower === 'the' ? k + 4 : k + 3;
        let end = from;
        while (end < doc.tokens.length && doc.tokens[end]!.sentence === sentence && !/^[,.;:]$/.test(doc.tokens[end]!.text) && end - k < 14) end++;
        const leader = LEADER_OF.find(([re]) => re.test(verb.lower))?.[1] ?? 'head';
        // (", who coordinates the group's work in Plateau": the organisation "the group" stands for.)
        const owner = doc.tokens[from];
        if (owner && from === k + 4 && /^['’]s$/.test(doc.tokens[from + 1]?.text ?? '') && (GROUP_NOUNS.has(owner.lower) || ORG_HEADS.has(owner.lower))) {
          const org = this.organisationAfterHead(owner, m.start);
          if (org && org.toLowerCase() !== owner.lower) return { role: leader, affiliation: org };
        }
        // (", who leads investigations at Seatrace": the head of a field of work, at the institution after it.)
        let field = from;
        while (field < end && field - from < 4 && doc.tokens[field]!.pos === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[field]!.text)) field++;
        const where = field > from && /^(?:at|for|with)$/.test(doc.tokens[field]?.lower ?? '') ? this.capitalisedAfter(field + 1, end) : undefined;
        if (where) return { role: `${leader} of ${doc.text.slice(doc.tokens[from]!.start, doc.tokens[field - 1]!.end)}`, affiliation: where };
        if (end > from) return { role: leader, affiliation: doc.text.slice(doc.tokens[from]!.start, doc.tokens[end - 1]!.end) };
      }
      // ", who worked as a data officer in the careers service": the office after "as".
      if (doc.tokens[k + 1]?.lower === 'who' && verb && WORKS_AT.test(verb.lower) && doc.tokens[k + 3]?.lower === 'as') {
        const from = /^(?:a|an|the)$/.test(doc.tokens[k + 4]?.lower ?? '') ? k + 5 : k + 4;
        let end = from;
        while (doc.tokens[end] && (doc.tokens[end]!.pos === 'NOUN' || doc.tokens[end]!.pos === 'ADJ' || doc.tokens[end]!.text === '-') && end - from < 4) end++;
        if (end > from && doc.tokens[end - 1]!.pos === 'NOUN') {
          const role = doc.text.slice(doc.tokens[from]!.start, doc.tokens[end - 1]!.end);
          const at = /^(?:at|for|in|with)$/.test(doc.tokens[end]?.lower ?? '') ? this.capitalisedAfter(end + 1, end + 8) : undefined;
          return at ? { role, affiliation: at } : { role };
        }
      }
      // ", who studies Central Asian energy markets at the Oxford Institute for Energy Studies": where the person works.
      // (… or whatever work the present tense says the person does there: ", who tracks arms transfers for the research
      // group Conflict Armament Monitor"; only an organisation found whole.)
      const present = !!verb && /^\p{Ll}/u.test(verb.text) && /[^s]s$/.test(verb.lower) && !/^(?:is|was|has|does)$/.test(verb.lower);
      if (doc.tokens[k + 1]?.lower === 'who' && verb && present && !WORKS_AT.test(verb.lower)) {
        const name = this.workplaceInClause(k + 3, k, false);
        if (name) return { affiliation: name };
      }
      if (doc.tokens[k + 1]?.lower === 'who' && verb && WORKS_AT.test(verb.lower)) {
        const name = this.workplaceInClause(k + 3, k, true);
        if (name) return { affiliation: name };
      }
      // The apposition: ", a spokesman for …", ", chairman of …" (no article), ", Baltic Wire's
      // editor-in-chief", ", the group's Europe director".
      // (A possessive pronoun opens it as an article would: "Leyla Gadirli, his wife, …".)
      k += /^(?:a|an|the|his|her)$/.test(doc.tokens[k + 1]?.lower ?? '') ? 2 : 1;
      const sentence = doc.tokens[k]?.sentence;
      let end = k, roleEnd = -1, possessor = -1;
      // (Twelve words at most, or to the end of an organisation's name that runs past them: "a spokesman for Ukraine's
      // Coordination Headquarters for the Treatment of Prisoners of War".)
      const limit = this.nameEndingAfter(k + 12);
      while (end < doc.tokens.length && doc.tokens[end]!.sentence === sentence && !/^[,.;:]$/.test(doc.tokens[end]!.text) && end < limit) {
        // (Stops at a relative clause: "… at the University of Valparaíso who has studied …".)
        // (… once a role was found: "a Republican pollster who is president of X" has its role after "who".)
        if (end > k && roleEnd >= 0 && RELATIVE_PRONOUNS.has(doc.tokens[end]!.lower)) break;
        const w = doc.tokens[end]!.lower;
        if (roleEnd < 0 && (w === "'s" || w === '’s')) possessor = end;
        // "an environmental toxicologist at …": trades (-ologist, -ist, -yst) are roles too.
        // (… and, at the head of the apposition, any noun for a person by what they do: "a wellness influencer".)
        const head = doc.tokens[end]!.pos === 'NOUN' && /^[,.;:]$/.test(doc.tokens[end + 1]?.text ?? '');
        // (A role followed by whom it serves is the role: "spokeswoman for the … Association and the sister of …".)
        const settled = roleEnd >= 0 && /^(?:for|of|at)$/.test(doc.tokens[roleEnd + 1]?.lower ?? '');
        // ("chief engineer": an agent noun right after a role word is the role's head.)
        if (!settled && (ROLE_NOUNS.has(w) || (doc.tokens[end]!.pos === 'NOUN' && (TRADE.test(w) || (roleEnd === end - 1 && AGENT_NOUN.test(w)))) || (roleEnd < 0 && AGENT_NOUN.test(w) && doc.tokens[end]!.pos === 'NOUN' && (head || /^(?:with|at|for|of|in|from|who|based)$/.test(doc.tokens[end + 1]?.lower ?? ''))))) roleEnd = end;
        end++;
      }
      if (roleEnd < 0) continue;
      // (A bare apposition must start with its role's words, not with any phrase: "Smith, adding …".)
      const roleStart = possessor >= 0 ? possessor + 1 : k;
      const bare = possessor < 0 && !/^(?:a|an|the|his|her)$/.test(doc.tokens[k - 1]?.lower ?? '');
      // (Nor a title before another name in a list: "Hillary Clinton, Republican candidate Donald Trump".)
      // (… "managing director of …": a participle may open it.)
      const opens = ['NOUN', 'ADJ', 'PROPN'].includes(doc.tokens[roleStart]!.pos) || TITLE_PARTICIPLES.has(doc.tokens[roleStart]!.lower);
      if (roleStart > roleEnd || (bare && (!opens || /^\p{Lu}/u.test(doc.tokens[roleEnd + 1]?.text ?? '')))) continue;
      // "head of intelligence", "director of communications": a department in lower case is part of the role.
      let roleLast = roleEnd;
      if (doc.tokens[roleEnd + 1]?.lower === 'of') {
        // ("member of the town council": the body may take "the".)
        let k = doc.tokens[roleEnd + 2]?.lower === 'the' && /^\p{Ll}/u.test(doc.tokens[roleEnd + 3]?.text ?? '') ? roleEnd + 3 : roleEnd + 2;
        while (k < end && /^\p{Ll}/u.test(doc.tokens[k]!.text) && (doc.tokens[k]!.pos === 'NOUN' || doc.tokens[k]!.pos === 'ADJ')) k++;
        if (k > roleEnd + 2 && (k === end || /^(?:at|for|with|in)$/.test(doc.tokens[k]!.lower))) roleLast = k - 1;
      }
      // ("Cambodia's Minister of Water Resources and Meteorology": a minister's field, capitalised, is part of the office,
      // which names the ministry; see completeOffice.)
      if (doc.tokens[roleEnd]!.lower === 'minister' && /^(?:of|for)$/.test(doc.tokens[roleEnd + 1]?.lower ?? '') && end > roleEnd + 2
        && doc.tokens.slice(roleEnd + 2, end).every((t) => /^\p{Lu}/u.test(t.text) || /^(?:and|of|&)$/.test(t.lower)) && /^\p{Lu}/u.test(doc.tokens[end - 1]!.text)
        // (Not "the foreign minister of France": a country is whom the office serves, read below.)
        && MINISTER_OF.test(doc.text.slice(doc.tokens[roleStart]!.start, doc.tokens[end - 1]!.end))) roleLast = end - 1;
      const out: { role?: string; affiliation?: string } = { role: doc.text.slice(doc.tokens[roleStart]!.start, doc.tokens[roleLast]!.end) };
      if (possessor > k) {
        // "Baltic Wire's editor-in-chief": the possessor; "the group's …": the organisation it refers back to.
        const owner = doc.text.slice(doc.tokens[k]!.start, doc.tokens[possessor - 1]!.end);
        // ("the prime minister's spokesperson": an office is whom the role serves.)
        // ("the team's general manager", with no team named: the institution the possessive describes.)
        const office = (ROLE_NOUNS.has(doc.tokens[possessor - 1]!.lower) || ORG_HEADS.has(doc.tokens[possessor - 1]!.lower)) && !/^\p{Lu}/u.test(owner)
          ? owner.replace(/^(?:the|a|an)\s+/i, '') : undefined;
        out.affiliation = /^\p{Lu}/u.test(owner) ? owner : this.organisationAfterHead(doc.tokens[possessor - 1]!, m.start) ?? office;
        return out;
      }
      // "a navy spokesperson": a body written in lower case inside the role.
      const bodyWord = doc.tokens.slice(roleStart, roleEnd).find((t) => GOVERNMENT_BODIES.has(t.lower) && t.pos === 'NOUN');
      if (bodyWord) out.affiliation = this.bodyNamed(roleStart, doc.tokens.indexOf(bodyWord, roleStart));
      // "a DOH spokesperson", "a NATO official": a name inside the role is whom it serves.
      else {
        const phrase = doc.tokens.slice(roleStart, roleEnd), based = basedPlace(phrase);
        const inner = phrase.filter((t) => !based.has(t) && /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || /^[A-Z]{2,6}$/.test(t.text))
          && !NAME_TITLES.has(t.lower) && !RANK_MODIFIERS.has(t.lower) && !countryOfDemonym(t.text));
        if (inner.length) out.affiliation = doc.text.slice(inner[0]!.start, inner[inner.length - 1]!.end);
      }
      // (A relative's "of" names a person, not an employer: "son of the Republican front-runner".)
      if (KIN.has(doc.tokens[roleEnd]!.lower)) return out;
      // "… of enforcement at the Danish Customs Agency", "… at the Brussels law firm Marlow Keane", "… for
      // the aid group Relief Bridge International": the name that ends the phrase after at / of / for.
      const prep = doc.tokens.slice(roleEnd + 1, end).findIndex((t) => /^(?:at|of|for|with)$/.test(t.lower));
      // ("a researcher who studies online influence campaigns at the University of the Philippines Diliman": where the
      // relative clause says the person works.)
      if (prep < 0 && !out.affiliation && doc.tokens[roleEnd + 1]?.lower === 'who' && WORKS_AT.test(doc.tokens[roleEnd + 2]?.lower ?? '')) {
        // (Only an organisation found whole: after a role, the capitalised words may be a place, "who served in Brussels".)
        out.affiliation = this.workplaceInClause(roleEnd + 3, roleEnd, false);
      }
      if (prep >= 0) {
        const from = roleEnd + 2 + prep;
        // (Not the place after the name, "an analyst at Hartwig Bank in Frankfurt", nor its acronym, "… Affairs (OCHA)".)
        const inPlace = doc.tokens.slice(from, end).findIndex((t, i) => i > 0 && (t.lower === 'in' || t.text === '('));
        if (inPlace > 0) end = from + inPlace;
        // (Nor what a participle adds: "the multinational naval task force patrolling the southern Red Sea".)
        // (But "the Warsaw-based firm", "the Saudi-led coalition" are names' words.)
        // (Nor a capitalised word of a name: "House Ways and Means Committee".)
        const clause = doc.tokens.slice(from, end).findIndex((t, i) => i > 0 && t.pos === 'VERB' && /^\p{Ll}/u.test(t.text) && doc.tokens[from + i - 1]!.text !== '-');
        if (clause > 0) end = from + clause;
        // ("a spokesman for the Saudi-led coalition": a body named by a common noun, modifiers and all.)
        const body = ORG_HEADS.has(doc.tokens[end - 1]?.lower ?? '') && /^\p{Ll}/u.test(doc.tokens[end - 1]!.text) && end - from <= 6
          && doc.tokens.slice(from, end - 1).some((t) => /^\p{Lu}/u.test(t.text))
          ? doc.text.slice(doc.tokens[doc.tokens[from]!.lower === 'the' ? from + 1 : from]!.start, doc.tokens[end - 1]!.end) : undefined;
        // (An organisation the entity layer read whole there: "the Unión Obrera de la Carne del Gran Rosario",
        // whose last capitalised words alone name a place.)
        // (Only one that ends where the capitalised words do and holds them: the entity layer may also cut a
        // name short, "House Ways" of "House Ways and Means Committee".)
        const ending = this.capitalisedEnding(from, end);
        const first = doc.tokens[doc.tokens[from]?.lower === 'the' ? from + 1 : from];
        const orgMention = first && ending ? this.mentions.within('organization', { start: first.start, end: doc.tokens[end - 1]!.end })
          .find((x) => x.start === first.start && doc.slice(x).endsWith(` ${ending}`)) : undefined;
        const name = body ?? (orgMention ? doc.slice(orgMention) : ending) ?? this.capitalisedAfterNouns(from, end);
        // (A body named in the role wins over the place it serves: "the UN resident coordinator for Sudan".)
        const place = !!name && doc.entities.some((e) => e.type === 'place' && e.name === name);
        if (name && !(out.affiliation && place)) out.affiliation = name;
        else {
          // "a spokesman for the command": the organisation the article named in full.
          const head = doc.tokens[end - 1];
          if (head && (ORG_HEADS.has(head.lower) || COMPANY_ANAPHORS.has(head.lower) || GROUP_NOUNS.has(head.lower) || MEDIA_ANAPHORS.has(head.lower)) && end - from <= 2) {
            out.affiliation = this.organisationAfterHead(head, m.start);
          }
          // "a spokesman for the military government", "… for the multinational naval task force": a body
          // named only by common nouns is still whom the role serves.
          const lower = doc.tokens.slice(from, end).every((t) => /^\p{Ll}/u.test(t.text) || t.text === '-' || t.lower === "'s" || t.lower === '’s');
          // (Only a definite one after "for" or "of": "owner of a shopping center" names no employer.)
          const words = end - from - 1;
          // (… or one word, if it names a state body: "a spokesman for the army".)
          if (!out.affiliation && head && lower && doc.tokens[from]!.lower === 'the' && /^(?:for|of|at)$/.test(doc.tokens[from - 1]?.lower ?? '') && (words >= 2 || GOVERNMENT_BODIES.has(head.lower)) && words <= 7 && (ORG_HEADS.has(head.lower) || GOVERNMENT_BODIES.has(head.lower) || head.lower === 'government')) {
            out.affiliation = doc.text.slice(doc.tokens[from + 1]!.start, head.end);
          }
        }
      }
      return out;
    }
    return {};
  }

  /**
   * "(A) spokesperson for Sofia City Court" ending at token `last`: a role noun, for / of / at, and a
   * capitalised name up to `last`, as role and affiliation.
   */
  private roleWithComplement(last: number, sentenceStart: number): Partial<Typed> | undefined {
    const doc = this.doc;
    for (let p = last - 1; p > sentenceStart && p > last - 8; p--) {
      const t = doc.tokens[p]!;
      if (!/^(?:for|of|at)$/.test(t.lower)) continue;
      const role = doc.tokens[p - 1];
      if (!role || !ROLE_NOUNS.has(role.lower)) return undefined;
      // ("A spokeswoman for the agency, Maricel Ocampo": the institution the noun names, as it does after the name;
      // not "Its representative at the terminal", a place.)
      const head = doc.tokens[last];
      // ("A spokeswoman for the Adjara regional police, Nino Tsiklauri": a body named by its head noun and the words
      // before it, as after the name.)
      const words = doc.tokens.slice(p + 2, last + 1);
      const body = head && doc.tokens[p + 1]?.lower === 'the' && words.length >= 2 && words.length <= 5
        && (ORG_HEADS.has(head.lower) || GOVERNMENT_BODIES.has(head.lower)) && /^\p{Ll}/u.test(head.text)
        && words.every((w) => w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'PROPN' || w.text === '-')
        ? doc.text.slice(words[0]!.start, head.end) : undefined;
      const affiliation = this.capitalisedEnding(p + 1, last + 1) ?? body
        ?? (head && t.lower === 'for' && doc.tokens[p + 1]?.lower === 'the' && last === p + 2 ? this.organisationAfterHead(head, head.start) : undefined);
      if (affiliation) return { role: role.text, affiliation };
      // ("The mayor of a neighbouring commune, Issouf Compaoré": the office of a place the article leaves unnamed.)
      return t.lower === 'of' && /^(?:the|a|an)$/.test(doc.tokens[p - 2]?.lower ?? '') ? { role: role.text } : undefined;
    }
    return undefined;
  }

  /** The capitalised name (with inner of / for / and) that ends at token `end` - 1, starting no earlier than `from`. */
  private capitalisedEnding(from: number, end: number): string | undefined {
    const doc = this.doc;
    const cap = (i: number) => /^\p{Lu}/u.test(doc.tokens[i]?.text ?? '');
    if (end - 1 < from || !cap(end - 1)) return undefined;
    let a = end - 1;
    // (Inner connectors and possessives: "Department of Health", "Northern Dockworkers' Union".)
    // ("University of the South Pacific": "of the" inside a name.)
    while (a - 1 >= from && (cap(a - 1) || (/^(?:of|for|and|&|'|’|'s|’s)$/.test(doc.tokens[a - 1]!.lower) && a - 2 >= from && cap(a - 2))
      || (doc.tokens[a - 1]!.lower === 'the' && a - 3 >= from && /^(?:of|for)$/.test(doc.tokens[a - 2]!.lower) && cap(a - 3)))) a--;
    return doc.text.slice(doc.tokens[a]!.start, doc.tokens[end - 1]!.end);
  }

  /** "the aid group Relief Bridge International and …": the first capitalised name after "the" and a few common nouns. */
  private capitalisedAfterNouns(from: number, end: number): string | undefined {
    const doc = this.doc;
    let a = from;
    if (doc.tokens[a]?.lower === 'the') a++;
    while (a < end && a - from < 4 && doc.tokens[a]!.pos === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[a]!.text)) a++;
    return a < end ? this.capitalisedAfter(a, end) : undefined;
  }

  /** The capitalised name that starts at token `from` (after an optional "the"), up to token `limit`. */
  private capitalisedAfter(from: number, limit: number): string | undefined {
    const doc = this.doc;
    let a = from;
    if (doc.tokens[a]?.lower === 'the') a++;
    let end = a;
    const sentence = doc.tokens[a]?.sentence;
    while (end < Math.min(limit, doc.tokens.length) && doc.tokens[end]!.sentence === sentence
      && (/^\p{Lu}/u.test(doc.tokens[end]!.text) || (/^(?:of|for|and|&)$/.test(doc.tokens[end]!.lower) && /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '')))) end++;
    return end > a ? doc.text.slice(doc.tokens[a]!.start, doc.tokens[end - 1]!.end) : undefined;
  }

  /**
   * "Posts shared widely on Facebook and WhatsApp", "A video circulating on TikTok": when `m` is a platform in the
   * phrase of such a participle after the noun for what was shared, that whole phrase, to the list's last platform.
   */
  private platformOf(m: Span): Span | undefined {
    const T = this.doc.tokens;
    const first = this.doc.tokenAt(m.start), sentence = T[first]?.sentence;
    const listed = (t: Token | undefined) => !!t && t.sentence === sentence && (t.pos === 'PROPN' || t.lower === 'and' || t.lower === 'or' || t.text === ',');
    // The end of the list of platforms token `e` is in: "on Instagram, X and WhatsApp", whichever of them `e` is.
    const listEnd = (e: number) => {
      while (listed(T[e + 1]) && (T[e + 1]!.pos === 'PROPN' || T[e + 2]?.pos === 'PROPN')) e++;
      while (e > first && T[e]!.pos !== 'PROPN') e--;
      return T[e]!.end;
    };
    // ("[A video] circulating on TikTok and Telegram claims": a span of the shared thing alone takes the phrase after it.)
    const last = this.doc.tokenAt(m.end - 1);
    if (ONLINE_ITEMS.has(singularOf(T[last]?.lower ?? ''))) {
      let p = last + 1;
      if (T[p]?.pos === 'ADV') p++;
      if (!(T[p] && SPREAD_PARTICIPLES.has(T[p]!.lower))) return undefined;
      // ("Posts shared widely on Facebook": an adverb after the participle too.)
      const on = T[p + 1]?.pos === 'ADV' ? p + 2 : p + 1;
      if (!(/^(?:on|across|via|in)$/.test(T[on]?.lower ?? '') && T[on + 1]?.pos === 'PROPN')) return undefined;
      return { start: m.start, end: listEnd(on + 1) };
    }
    // (Back over the other platforms of a list: "Facebook and".)
    let k = first - 1;
    while (k >= 0 && listed(T[k])) k--;
    if (!(T[k] && /^(?:on|across|via|in)$/.test(T[k]!.lower))) return undefined;
    let p = k - 1;
    if (T[p]?.pos === 'ADV') p--;
    if (!(T[p] && SPREAD_PARTICIPLES.has(T[p]!.lower))) return undefined;
    // (The noun may open the sentence, capitalised, and be read as a name: "Posts shared …".)
    const head = T[p - 1];
    if (!head || head.sentence !== sentence || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || !ONLINE_ITEMS.has(singularOf(head.lower))) return undefined;
    const np = head.pos === 'NOUN' ? nounPhraseLeft(this.doc, p - 1, this.doc.sentences[sentence!]!.firstToken) : null;
    return { start: np ? np.span.start : head.start, end: Math.max(m.end, listEnd(last)) };
  }

  private fullPhrase(m: Span): Span {
    const last = this.doc.tokenAt(m.end - 1);
    const tok = this.doc.tokens[last];
    if (!tok || tok.end !== m.end) return m;
    const np = nounPhraseLeft(this.doc, last, this.doc.sentences[tok.sentence]!.firstToken, true);
    // ("A Singapore-based crude trader": a span that stops before its head, a word for a person, takes it in.)
    const next = this.doc.tokens[last + 1];
    let end = next && next.sentence === tok.sentence && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && /^(?:ADJ|NOUN|PROPN)$/.test(tok.pos)
      && (HUMAN_NOUNS.has(singularOf(next.lower)) || ROLE_NOUNS.has(next.lower)) ? next.end : m.end;
    // ("Office for Democratic Institutions and Human Rights (ODIHR": a span that stops inside a bracket takes its close.)
    if (end === m.end && next?.text === ')') {
      const open = this.doc.text.lastIndexOf('(', m.end);
      if (open >= m.start && this.doc.text.lastIndexOf(')', m.end - 1) < open) end = next.end;
    }
    const start = np && np.span.start < m.start ? np.span.start : m.start;
    return start === m.start && end === m.end ? m : { start, end };
  }

  private keyOf(s: Source): string {
    return s.entity ? `entity:${s.entity}` : `text:${s.name.toLowerCase()}`;
  }
}

/** Words that open a clause whose subject may follow: "after", "when", "but" … */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'because', 'although', 'though', 'since', 'until', 'once', 'and', 'but', 'whereas']);

/** Nouns that introduce an organisation by its name and later stand for it ("the group"). */
/** Nouns any institution may be called by: "the agency" of the UN's humanitarian office. */
/** Places of work a sentence may open with ("At the regional hospital in Batken, …"). */
const WORKPLACES = new Set(['hospital', 'clinic', 'school', 'university', 'prison', 'plant', 'factory', 'port', 'mine', 'camp', 'morgue',
  'court', 'station', 'centre', 'center', 'laboratory', 'lab', 'refinery', 'terminal', 'embassy', 'headquarters', 'office']);
/** The parts of speech of a role phrase in an apposition ("a railway engineer at Graz University of Technology"). */
const ROLE_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM', 'PART']);
const GENERIC_BODIES = new Set(['agency', 'organisation', 'organization', 'office', 'body', 'institution', 'group']);
const GROUP_NOUNS = new Set(['group', 'organisation', 'organization', 'movement', 'militia', 'network', 'association', 'coalition', 'alliance', 'outlet', 'collective', 'gang']);

/** A relative clause by which a source asks not to be named. */
// (… or a participle's phrase: "A Singapore-based crude trader, speaking on condition of anonymity, said".)
const ANONYMITY_CLAUSE = /^\s*,?\s*(?:(?:who|which)\s+(?:had\s+|has\s+)?(?:asked|requested|spoke|speaks|agreed|declined|did not want|was not|were not|is not|are not)|(?:speaking|talking|asking|requesting))\b[^.;]{0,100}?(?:anonymity|not to be (?:named|identified)|to be (?:named|identified)|authori[sz]ed to (?:speak|talk|comment))/i;

/** Relatives, whose role is relative to a person. */
const KIN = new Set(['daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'mother', 'father', 'widow']);
/** Words of a time phrase that may open a sentence before its subject. */
const TIME_WORDS = new Set(['last', 'this', 'next', 'earlier', 'later', 'week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'on', 'in', 'at', 'by']);
/** Heads of appositions that say a name is an institution's. */
const INSTITUTION_HEADS = new Set(['station', 'channel', 'broadcaster', 'newspaper', 'daily', 'agency', 'network', 'group', 'organisation',
  'organization', 'company', 'firm', 'party', 'movement', 'militia', 'outlet', 'website', 'institute', 'tank', 'charity', 'ngo']);
/** "Minister of Irrigation and Water Resources", "deputy minister for Health": the office, and the field its ministry is named by. */
const MINISTER_OF = /^((?:(?:[Dd]eputy|[Vv]ice|[Aa]cting|[Ff]ormer|[Jj]unior)\s+)?[Mm]inister)\s+(?:of|for)\s+(\p{Lu}.*)$/u;
/** Offices that head an institution: "Deputy Director", "the director-general", "acting chief". */
const INSTITUTION_HEAD_ROLE = /^(?:(?:deputy|assistant|associate|acting|executive|managing|regional|general)\s+)?(?:director(?:[- ]general)?|head|chief|chairman|chairwoman|chairperson|commissioner|administrator|manager)$|^chief executive(?: officer)?$|^ceo$/i;
/** Prepositions after a source's head noun: "official in …", "spokeswoman for …", "report by …", "adviser to …". */
const HEAD_ENDING_PREPOSITIONS = new Set(['in', 'at', 'for', 'from', 'with', 'on', 'by', 'to']);
/** Kinds a name's words may give that a company is not. */
const STATE_KINDS = new Set(['intelligence', 'military', 'government']);
/** Generic heads that refer back to a company. */
const COMPANY_ANAPHORS = new Set(['company', 'firm', 'manufacturer', 'operator', 'producer', 'miner', 'exporter', 'insurer', 'lender', 'carrier']);
/** Common nouns that introduce an organisation's name right after them ("the ecologist group Terra Viva", "the platform Klipr"). */
const INTRODUCING_NOUNS = new Set([...COMPANY_ANAPHORS, 'platform', 'service', 'app', 'startup', 'retailer', 'airline', 'bank', 'charity', 'union', 'party']);
/** Nouns that say an organisation is a company. */
/** Heads of appositions that place an institution in civil society ("an independent monitoring group"). */
const CIVIL_HEADS = new Set(['group', 'charity', 'ngo', 'nonprofit', 'non-profit', 'organisation', 'organization', 'coalition', 'network', 'association', 'foundation', 'watchdog']);
/** Words that make such an apposition the state's ("a government watchdog", "a state-funded foundation"). */
const STATE_WORDS = new Set(['government', 'governmental', 'state', 'state-run', 'state-funded', 'official', 'public', 'statutory', 'federal', 'national', 'municipal', 'military', 'army', 'police', 'ministry', 'parliamentary']);
const COMPANY_WORDS = new Set([...COMPANY_ANAPHORS, 'distributor', 'supplier', 'importer', 'wholesaler', 'refiner', 'conglomerate', 'subsidiary',
  'developer', 'contractor', 'shipper', 'airline', 'bank', 'retailer', 'startup', 'drugmaker', 'carmaker', 'automaker', 'chain', 'owner', 'manager']);
/** Participles that open a title ("managing director"), unlike those that open a clause ("speaking to CNN"); and "lead" ("lead analyst"), which the tagger reads as a verb. */
const TITLE_PARTICIPLES = new Set(['lead', 'managing', 'acting', 'presiding', 'founding', 'visiting', 'leading', 'ranking', 'governing', 'reigning', 'outgoing', 'incoming', 'serving']);
/**
 * Whether token `i` is a title before a name: a word of NAME_TITLES, a rank (RANK_TITLE), or an
 * abbreviation's full stop the tokenizer set apart ("Hon" "." before "Danjuma Auta"), which then
 * ended a sentence; the abbreviation before it counts as a title too.
 */
function isTitleToken(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  if (NAME_TITLES.has(t.lower) || RANK_TITLE.test(t.text)) return true;
  const next = doc.tokens[i + 1], prev = doc.tokens[i - 1];
  if (t.text === '.') return !t.spaceBefore && !!prev && ABBREVIATED_TITLE.test(prev.text) && !!next && next.sentence !== t.sentence;
  return ABBREVIATED_TITLE.test(t.text) && next?.text === '.' && !next.spaceBefore && doc.tokens[i + 2]?.sentence !== next.sentence;
}
const ABBREVIATED_TITLE = /^\p{Lu}\p{Ll}{1,3}$/u;

/** A rank written as an acronym or abbreviation before a name ("ASP", "Lt."). */
const RANK_TITLE = /^(?:[A-Z]{2,4}|[A-Z][a-z]{1,3}\.)$/;

/** Verbs of a relative clause that say where a person works: "who studies … at X", "who works for X". */
/** The office of who heads, runs or founded something, by the verb: "who coordinates the network" is its coordinator. */
const LEADER_OF: Array<[RegExp, string]> = [
  [/^command/, 'commander'], [/^coordinat/, 'coordinator'], [/^manag/, 'manager'], [/^edit/, 'editor'], [/^co-found/, 'co-founder'],
  [/^found/, 'founder'], [/^chair/, 'chair'], [/^direct/, 'director'],
];
const WORKS_AT = /^(?:works|worked|studies|studied|teaches|taught|researches|researched|lectures|lectured|serves|served|practises|practices)$/;
/** Nouns for people by what they do: "influencer", "organiser", "negotiator", "historian", "consultant". */
const AGENT_NOUN = /^[a-z]{3,}(?:er|or|ist|yst|ian|ant|ent)$/;
/** The words of a role before whom it serves ("spokesman for the ministry" → spokesman): what a description may repeat. */
/** Role nouns that name the same office: "the police chief" is "the head of the regional police". */
const ROLE_SYNONYMS: string[][] = [
  ['chief', 'head', 'director', 'leader'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['lawyer', 'counsel', 'attorney'],
];
const ROLE_SYNONYM = new Map(ROLE_SYNONYMS.flatMap((g) => g.map((w) => [w, g] as const)));
const sameRole = (a: string, b: string): boolean => a === b || !!ROLE_SYNONYM.get(a)?.includes(b);

/**
 * Whether a description's words (`words`, its head last) name the office `office`: the head is the
 * office's head or a synonym of it, and every other word is in the office, its complement included
 * ("police chief" of "the head of the Kharkiv regional police"; not "vice president" of "President").
 */
function officeFits(words: string[], office: string): boolean {
  const head = roleWordsOf(office).pop();
  if (!head || !sameRole(words[words.length - 1]!, head)) return false;
  const all = office.toLowerCase().split(/[\s,.;:'’-]+/);
  return words.slice(0, -1).every((w) => all.includes(w) || all.some((x) => sameRole(w, x)));
}

const roleWordsOf = (role: string | undefined): string[] => (role ?? '').toLowerCase().replace(/\s(?:for|of|at|with|in|to)\s.*$/, '').split(/[\s,.;:'’-]+/).filter(Boolean);
/** A noun for a person, by role, kind or what they do ("spokesman", "villagers", "inspector"; not "statement"). */
/** A role opened by a name's possessive, "Ironbark's managing director": the name, then the office. */
const NAME_POSSESSIVE = /^((?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*)['’]s\s+(\S.*)$/u;
const RANK_PREFIX = new RegExp(`^(?:(?:${[...RANK_MODIFIERS].join('|')})\\s+)+`, 'i');
/** Bodies of people that speak as one, described by what they were formed for or after. */
const PEOPLES_BODIES = new Set([...SPEAKING_BODIES, 'alliance', 'movement', 'collective']);
/** Last words of what bodies write, named after them ("U.N. Charter", "Paris Agreement"). */
const WRITTEN_BY_BODIES = new Set(['charter', 'treaty', 'act', 'convention', 'agreement', 'accord', 'accords', 'resolution', 'report', 'declaration', 'law']);
/** Offices whose holder the article may call "the official". */
const OFFICIAL_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'minister', 'governor', 'director', 'head', 'chief',
  'commissioner', 'secretary', 'mayor', 'ambassador', 'officer', 'administrator', 'prefect', 'envoy', 'coordinator', 'deputy']);
/** Nouns for a broadcaster, by which an article refers back to one it named ("the station"). */
const BROADCAST_NOUNS = new Set(['station', 'broadcaster', 'channel']);
const isPersonNoun = (w: string): boolean => ROLE_NOUNS.has(w) || HUMAN_NOUNS.has(singularOf(w)) || (AGENT_NOUN.test(w) && !w.endsWith('ment'));
/** People by trade: "toxicologist", "economist", "analyst". */
const TRADE = /^[a-z]{4,}(?:ologist|ist|yst)$/;

/** "A review by …", "the latest poll from …": the phrase's first noun is an inquiry, and by / from / of follows it. */
function inquiryBy(toks: Token[]): boolean {
  const i = toks.findIndex((t) => t.pos === 'NOUN');
  return i >= 0 && AUTHORED_NOUNS.has(toks[i]!.lemma) && /^(?:by|from|of)$/.test(toks[i + 1]?.lower ?? '');
}

function pick<T extends object>(o: T, keys: Array<keyof T>): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** Splits "A and B" / "A or B" into conjuncts when each has a noun of its own. */
function splitConjuncts(toks: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if ((t.pos === 'CCONJ' && (t.lower === 'and' || t.lower === 'or' || t.lower === 'nor')) && !insideName(toks, i)) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  // "the national search and rescue agency", "the oil and gas company": two bare singular nouns sharing one head are one phrase.
  if (parts.length === 2) {
    const [x, y] = parts as [Token[], Token[]];
    const last = x[x.length - 1];
    if (last && last.pos === 'NOUN' && !last.lower.endsWith('s') && y.length >= 2 && y[0]!.pos === 'NOUN' && y[1]!.pos === 'NOUN' && /^\p{Ll}/u.test(y[0]!.text)) return [toks];
  }
  // A conjunct needs a head of its own: "Ukrainian military" has one, "the Russian" (… governments) has not.
  const nouny = (p: Token[]) => p.some((t) => t.pos === 'NOUN' || (t.pos === 'PROPN' && !/(?:an|ese|ish)$/.test(t.lower)))
    || (p.length > 1 && p[p.length - 1]!.pos === 'ADJ');
  if (parts.length < 2 || !parts.every((p) => p.length && nouny(p))) return [toks];
  return parts;
}

/**
 * The tokens of "(D-Calif.)" or ", R-Ohio" after a name in a mention, [from, to), or null: a
 * bracket or a comma, the party and state (phrases.ts, partyStateEnd), and the closing bracket. What
 * follows stays ("(D-S.C.), the assistant leader").
 */
function partyStateAt(toks: Token[]): { from: number; to: number } | null {
  for (let k = 1; k + 3 < toks.length; k++) {
    const open = toks[k]!;
    if ((open.text !== '(' && open.text !== ',') || toks[k - 1]!.pos !== 'PROPN') continue;
    let j = partyStateEnd(toks, k + 1);
    if (j < 0) continue;
    if (open.text === '(' && toks[j]?.text === ')') j++;
    return { from: k, to: j };
  }
  return null;
}

/**
 * "the Center for Strategic and International Studies", "Department of Health
 * and Human Services": an "and" between capitalised words after a name's
 * "of"/"for" joins the words of one name, not two sources.
 */
function insideName(toks: Token[], i: number): boolean {
  const cap = (t: Token | undefined) => !!t && /^[A-Z]/.test(t.text);
  if (!cap(toks[i - 1]) || !cap(toks[i + 1])) return false;
  for (let k = i - 1; k > 0 && (cap(toks[k]) || toks[k]!.lower === 'of' || toks[k]!.lower === 'for'); k--) {
    if ((toks[k]!.lower === 'of' || toks[k]!.lower === 'for') && cap(toks[k - 1])) return true;
  }
  return false;
}

register({ name: 'sources', requires: ['attributions'], run: sources });
