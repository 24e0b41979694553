/**
 * Noun phrases and subjects found from POS tags alone: enough structure for
 * attribution rules and verification acts without a dependency parser
 * (none for Node is both maintained and fast enough for hundreds of
 * articles a second).
 */
import type { Doc, Token } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { AUTHORED_NOUNS, HYPHENED_PARTICIPLES, ROLE_NOUNS, WEEKDAY } from '../layers/lexicon.js';

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** Words after a source's noun that tie it to what it knows, before their preposition: "close to", "briefed on". */
const SOURCE_QUALIFIERS = new Set(['close', 'familiar', 'briefed', 'involved', 'knowledgeable', 'loyal', 'linked', 'connected', 'allied']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'which', 'who']);
const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);
const QUOTE_MARK = /^["“”]$/;
const CLAUSE_END = new Set(['.', '!', '?', ';']);
const span = (t: Token): Span => ({ start: t.start, end: t.end });

/** Skips adverbs and auxiliaries leftwards from j. */
export function skipLeft(doc: Doc, j: number, a: number): number {
  while (j >= a && SKIP_BEFORE_VERB.has(doc.tokens[j]!.pos)) j--;
  return j;
}

export interface Phrase { span: Span; startTok: number; endTok: number }

/** The subject of the verb at k: skips adverbs/auxiliaries and one parenthetical. */
export function subjectBefore(doc: Doc, k: number, a: number): Phrase | null {
  const T = doc.tokens;
  let j = k - 1;
  // (… and the quotation marks around a quoted adverb: 'Frigorífico Pampa Sur "categorically" denied'.)
  const quotedAdverb = (i: number) => QUOTE_MARK.test(T[i]!.text) && (T[i - 1]?.pos === 'ADV' || T[i + 1]?.pos === 'ADV');
  while (j >= a && (SKIP_BEFORE_VERB.has(T[j]!.pos) || quotedAdverb(j)) && T[j]!.text !== ',') j--;
  // ", citing unnamed sources," or ", a spokesman for X," between subject and verb.
  if (j >= a && T[j]!.text === ',') {
    let p = j - 1;
    while (p >= a && T[p]!.text !== ',' && !CLAUSE_END.has(T[p]!.text)) p--;
    // (An apposition or a relative clause may run longer: "Qadir Marine Services, the Dubai-based company listed
    // as the tanker's manager in industry databases, denies …", "The Treasury, whose office has sanctioned …, declined".)
    // (… or a participle's phrase: "A NATO official, speaking on condition of anonymity because he was not …, said".)
    const longer = p >= a && (/^(?:the|a|an|whose|which|who)$/.test(T[p + 1]?.lower ?? '') || /^(?:speaking|declining|asking|requesting|citing)$/.test(T[p + 1]?.lower ?? ''));
    if (p < a || T[p]!.text !== ',' || j - p > (longer ? 30 : 12)) return null;
    // ("The association had received …, its chair, Sofia Berg, said": a name between the commas after a role
    // is who speaks, and the role with it.)
    if (j - p >= 2 && j - p <= 5 && T.slice(p + 1, j).every((t) => t.pos === 'PROPN') && T[p - 1]?.pos === 'NOUN' && ROLE_NOUNS.has(T[p - 1]!.lower)) {
      const role = nounPhraseLeft(doc, p - 1, a);
      // (… its possessive too: "its chair".)
      const from = role && role.startTok - 1 >= a && /^(?:its|his|her|their|our)$/.test(T[role.startTok - 1]!.lower) ? role.startTok - 1 : role?.startTok;
      if (role && from !== undefined) return { span: { start: T[from]!.start, end: T[j - 1]!.end }, startTok: from, endTok: j };
    }
    j = p - 1;
    // ("Their channel, citing the group's spokesman, Brigadier General X, reported": the apposition
    // just passed names whom the participle's phrase before it cites; the subject is before both.)
    let q = j;
    while (q >= a && T[q]!.text !== ',' && !CLAUSE_END.has(T[q]!.text)) q--;
    if (q > a && T[q]!.text === ',' && /^(?:citing|quoting|speaking|according)$/.test(T[q + 1]?.lower ?? '') && j - q <= 12) j = q - 1;
    // ("Ousmane Sidikou, whose younger brother, a lieutenant, is among those held, said": the part just passed has a
    // verb of its own, so it ends a relative clause with an apposition inside; the subject is before "whose".)
    else if (!/^(?:whose|which|who|the|a|an)$/.test(T[p + 1]?.lower ?? '') && hasVerb(doc, p + 1, k)) {
      let r = p - 1;
      while (r >= a && p - r <= 20 && !CLAUSE_END.has(T[r]!.text) && !(T[r]!.text === ',' && /^(?:whose|which|who)$/.test(T[r + 1]?.lower ?? ''))) r--;
      if (r > a && T[r]!.text === ',' && /^(?:whose|which|who)$/.test(T[r + 1]?.lower ?? '')) j = r - 1;
    }
  }
  if (j < a) return null;
  // "The Independent National Electoral Commission (CENI) rejected …": the name before its bracket.
  if (T[j]!.text === ')') {
    let o = j - 1;
    while (o > a && o > j - 6 && T[o]!.text !== '(') o--;
    if (T[o]?.text === '(' && o - 1 >= a) j = o - 1;
  }
  const t = T[j]!;
  if (t.pos === 'PRON') {
    // "one of them said", "some of those present": a part of a group named before.
    if (T[j - 1]?.lower === 'of' && j - 2 >= a && /^(?:one|two|three|some|many|most|all|each|both|none|several|few)$/.test(T[j - 2]!.lower)) {
      return { span: { start: T[j - 2]!.start, end: t.end }, startTok: j - 2, endTok: j + 1 };
    }
    return SUBJECT_PRONOUNS.has(t.lower) ? { span: span(t), startTok: j, endTok: j + 1 } : null;
  }
  return nounPhraseLeft(doc, j, a);
}

/**
 * "D-S.C.", "R-Ohio", "I-Vt.": a US legislator's party and state, the party's letter at token i, a dash
 * and the state's tokens touching one another up to a comma, a bracket or a space (the tokenizer cuts
 * "S.C." after a hyphen into pieces). The index of the token after the state, or -1. Read by the places
 * stage (the state is a place) and the sources stage (it is no part of the legislator's name).
 */
export function partyStateEnd(toks: Token[], i: number): number {
  const party = toks[i], dash = toks[i + 1], state = toks[i + 2];
  if (!party || !dash || !state || !/^[DRI]$/.test(party.text) || dash.text !== '-' || dash.start !== party.end
    || state.start !== dash.end || !/^\p{Lu}/u.test(state.text)) return -1;
  let end = i + 3;
  while (end < toks.length && end - i < 7 && toks[end]!.start === toks[end - 1]!.end && toks[end]!.text !== ',' && toks[end]!.text !== ')') end++;
  return end;
}

/** Bodies sent to another ("the mission to the United Nations", "the delegation to the talks"). */
const ACCREDITED = new Set(['mission', 'delegation', 'embassy', 'legation']);

/**
 * A noun phrase ending at token j (inclusive), read leftwards. `wide`, the sources stage's reading: a
 * plural's possessive mark alone belongs to it too ("the teachers' union"), and a participle right before
 * the head ("two other detained reporters"); off for the attribution rules, whose output the attribution
 * filter was trained on.
 */
export function nounPhraseLeft(doc: Doc, j: number, a: number, wide = false): Phrase | null {
  const T = doc.tokens;
  const head = T[j];
  // ("director-general", "attorney-general": the tagger reads the second half as an adjective.)
  const hyphenated = !!head && head.pos === 'ADJ' && !head.spaceBefore && T[j - 1]?.text === '-' && !T[j - 1]!.spaceBefore && T[j - 2]?.pos === 'NOUN' && j - 2 >= a;
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !hyphenated)) return null;
  let i = j;
  while (i - 1 >= a) {
    const t = T[i - 1]!;
    // (A determiner opens its phrase: "Last week the Cyprus Sentinel" is a time, then the paper.)
    if (i < j + 1 && T[i]!.pos === 'DET' && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN')) break;
    if (NP_POS.has(t.pos) || t.text === "'s" || t.text === '’s' || (t.pos === 'PART' && t.lower === "'s")) { i--; continue; }
    // ("two other detained reporters": a participle right before the head, after a number, adjective or determiner,
    // modifies it; not "police detained reporters", a verb after its subject.)
    if (wide && i === j && t.pos === 'VERB' && /ed$/.test(t.lower) && i - 2 >= a && /^(?:ADJ|NUM|DET)$/.test(T[i - 2]!.pos)) { i--; continue; }
    // (A plural's possessive mark alone: "the teachers' union", "a parents' association".)
    if (wide && (t.text === "'" || t.text === '’') && !t.spaceBefore && i - 2 >= a && T[i - 2]!.pos === 'NOUN' && T[i - 2]!.lower.endsWith('s')) { i--; continue; }
    // ("a Cairo-based rights group", "the state-run broadcaster": a participle joined by a hyphen is an adjective.)
    if (t.pos === 'VERB' && !t.spaceBefore && T[i - 2]?.text === '-' && !T[i - 2]!.spaceBefore && i - 3 >= a && HYPHENED_PARTICIPLES.has(t.lower)) { i--; continue; }
    // "Secretary-General": a hyphen with no space around it joins one word.
    if (t.text === '-' && !t.spaceBefore && !T[i]!.spaceBefore && i - 2 >= a) { i--; continue; }
    // "a spokesperson for the ministry", "the head of the agency": a role keeps its phrase.
    if (t.pos === 'ADP' && ['for', 'of', 'at', 'in', 'from', 'with'].includes(t.lower) && i - 2 >= a && ROLE_NOUNS.has(T[i - 2]!.lower)) { i--; continue; }
    // ("an adviser to the president", "North Korea's mission to the United Nations": whom a role or a mission serves.)
    if (t.lower === 'to' && i - 2 >= a && (ROLE_NOUNS.has(T[i - 2]!.lower) || ACCREDITED.has(T[i - 2]!.lower))) { i--; continue; }
    // coordination and "of" inside a noun phrase: "Ukrainian military and U.S. intelligence"
    if ((t.pos === 'CCONJ' || t.lower === 'of') && i - 2 >= a && NP_POS.has(T[i - 2]!.pos)) { i--; continue; }
    // "the embassy in Beijing", "officials at the ministry": a short place or
    // institution phrase stays with its noun.
    if (['in', 'at', 'for', 'from'].includes(t.lower) && j - i < 4 && i - 2 >= a && (T[i - 2]!.pos === 'NOUN' || T[i - 2]!.pos === 'PROPN') && T[j]!.pos === 'PROPN') { i--; continue; }
    break;
  }
  // "While some see …": a clause-initial subordinator is not part of the subject.
  return { span: { start: T[i]!.start, end: head.end }, startTok: i, endTok: j + 1 };
}

/** A noun phrase starting at token i, read rightwards ("unnamed sources", "reports from multiple sources"). */
export function nounPhraseRight(doc: Doc, i: number, b: number, nominalFirst = false): Phrase | null {
  const T = doc.tokens;
  let j = i;
  let lastHead = -1;
  while (j < b) {
    const t = T[j]!;
    // After "according to" the next word is a noun even when the tagger says verb ("reports").
    if (nominalFirst && j === i && t.pos === 'VERB') { lastHead = j; j++; continue; }
    // "a person close to the company", "a source briefed on the talks", "officials involved in the negotiations":
    // what makes a source worth hearing is part of the phrase.
    if (lastHead === j - 1 && SOURCE_QUALIFIERS.has(t.lower) && j + 2 < b && T[j + 1]!.pos === 'ADP' && NP_POS.has(T[j + 2]!.pos)) { j += 2; continue; }
    if (NP_POS.has(t.pos) || t.lower === "'s" || t.lower === '’s' || t.pos === 'PRON' && j === i) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') lastHead = j;
      j++; continue;
    }
    if ((t.pos === 'CCONJ' || t.pos === 'ADP') && lastHead >= 0 && j + 1 < b && NP_POS.has(T[j + 1]!.pos) && ['and', 'of', 'from', 'in', 'at', 'for', 'with'].includes(t.lower)) { j++; continue; }
    // "a statement by the armed forces ministry": whose statement is part of the phrase.
    if (t.lower === 'by' && lastHead >= 0 && j + 1 < b && NP_POS.has(T[j + 1]!.pos) && AUTHORED_NOUNS.has(T[lastHead]!.lemma)) { j++; continue; }
    break;
  }
  // "according to the priest, who …": a determiner's phrase that ends in a word the tagger read as an
  // adjective, before a comma or the sentence's end, ends in its noun.
  const end = j - 1;
  if (end > i && end > lastHead && T[end]!.pos === 'ADJ' && T[i]!.pos === 'DET' && (j >= b || T[j]!.pos === 'PUNCT')) lastHead = end;
  if (lastHead < 0) return null;
  return { span: { start: T[i]!.start, end: T[lastHead]!.end }, startTok: i, endTok: lastHead + 1 };
}

/**
 * The lemma a cue turns on: its last verb ("has denied" → deny, "did not say"
 * → say), else its first noun ("his claim"), else its first word.
 */
export function cueLemma(doc: Doc, cue: Span): string | undefined {
  let verb: string | undefined, noun: string | undefined, first: string | undefined;
  for (let i = doc.tokenAt(cue.start); i < doc.tokens.length && doc.tokens[i]!.start < cue.end; i++) {
    const t = doc.tokens[i]!;
    first ??= t.lemma;
    if (t.pos === 'VERB') verb = t.lemma;
    else if (t.pos === 'NOUN') noun ??= t.lemma;
  }
  return verb ?? noun ?? first;
}

/**
 * "It put its own losses at two dead and said …", "… did not refer to any damage and has not
 * confirmed …", "… but yet declined": a verb at token k that is the second verb of a subject
 * shares the first verb's subject (not an infinitive's: "urged investors to be cautious, but
 * declined" is the regulator's). `first` is the sentence's first token.
 */
export function coordinatedSubject(doc: Doc, k: number, first: number): Phrase | null {
  const T = doc.tokens, j = skipLeft(doc, k - 1, first);
  if (!(T[j]?.pos === 'CCONJ' || (T[j]?.lower === 'yet' && T[j - 1]?.pos === 'CCONJ'))) return null;
  // (Not a verb inside what the first verb reports: in "X denied that any troops had been stationed there
  // but declined to comment", the subject is X's, not "any troops".)
  let from = j - 1;
  // (… past a time between the verb and "that": "confirmed on Tuesday that its website was breached … but insisted".)
  const verbBefore = (i: number) => {
    if (T[i - 1]!.pos === 'VERB') return i - 1;
    return T[i - 3]?.pos === 'VERB' && T[i - 2]!.pos === 'ADP' && A_DAY.test(T[i - 1]!.lower) ? i - 3 : -1;
  };
  for (let i = first + 1; i < j; i++) {
    const v = T[i]!.lower === 'that' || T[i]!.lower === 'whether' ? verbBefore(i) : -1;
    if (v >= 0) { from = v; break; }
  }
  for (let v = from; v >= first; v--) {
    const t = T[v]!;
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || T[v - 1]?.lower === 'to') continue;
    const subject = subjectBefore(doc, skipLeft(doc, v - 1, first) + 1, first);
    if (subject && subject.span.end <= t.start) return subject;
  }
  return null;
}

/** A day in one word, lower case: "on Tuesday", "today". */
const A_DAY = new RegExp(`^(?:${WEEKDAY}|today|yesterday)$`);

/**
 * Past how a source put what it cites: at token i, "what he called sources in …" gives the
 * token of "sources" ("what X called / termed / described as / said / claimed"); else i.
 */
export function pastHowItWasPut(doc: Doc, i: number): number {
  const T = doc.tokens;
  if (T[i]?.lower !== 'what' || !/^(?:called|termed|described|said|claimed)$/.test(T[i + 2]?.lower ?? '')) return i;
  return i + (T[i + 3]?.lower === 'as' ? 4 : 3);
}

/**
 * The words by which a name is introduced, at token k: "calling itself", "called", "named",
 * "dubbed", "known as" ("a group calling itself Ashfall"). Their number of tokens, or 0.
 */
export function namingWords(toks: Token[], k: number): number {
  const w = toks[k]?.lower ?? '';
  if (/^(?:calling|calls)$/.test(w) && /^(?:itself|themselves|himself|herself)$/.test(toks[k + 1]?.lower ?? '')) return 2;
  if (/^(?:called|named|dubbed)$/.test(w)) return 1;
  return w === 'known' && toks[k + 1]?.lower === 'as' ? 2 : 0;
}

/**
 * A dateline at the head of a span ("BRUSSELS -", "COLOMBO, June 4 —", "LAMPEDUSA, Italy, Sept 8
 * (Meridian) -"): place and date words, numbers and their punctuation before a dash, within the
 * first words of the sentence. The offset after the dash, or undefined.
 */
export function afterDateline(doc: Doc, s: Span): number | undefined {
  const T = doc.tokens;
  const a = doc.tokenAt(s.start), first = T[a];
  if (!first || !/^\p{Lu}/u.test(first.text)) return undefined;
  const sentenceStart = doc.sentences[first.sentence]!.firstToken;
  // ("KINSHASA, Democratic Republic of Congo (Wire) —": a place of several words, with "of" and its agency.)
  for (let i = a + 1; i < T.length && T[i]!.end <= s.end && i - sentenceStart <= 10; i++) {
    const t = T[i]!;
    // (A hyphen counts only between spaces: "Al-Sahil" is a name.)
    const dash = t.text === '—' || t.text === '–' || (t.text === '-' && t.start > T[i - 1]!.end && !!T[i + 1] && T[i + 1]!.start > t.end);
    if (dash) return T[i + 1] && T[i + 1]!.end <= s.end ? T[i + 1]!.start : undefined;
    if (!/^\p{Lu}/u.test(t.text) && !/^\d+$/.test(t.text) && !/^[,().]$/.test(t.text) && !(/^(?:of|and|de|the)$/.test(t.text) && /^\p{Lu}/u.test(T[i + 1]?.text ?? ''))) return undefined;
  }
  return undefined;
}

/** Whether "according to" (and a "the") ends right before token `k`: who is cited there, not where. */
export function afterAccordingTo(doc: Doc, k: number): boolean {
  const T = doc.tokens;
  if (T[k - 1]?.lower === 'the') k--;
  return T[k - 1]?.lower === 'to' && T[k - 2]?.lower === 'according';
}

/** Whether token `i` opens its sentence's words: the sentence's first, or the first after a dateline ("JOS, Nigeria — Gunmen …"). */
export function opensSentence(doc: Doc, i: number): boolean {
  const t = doc.tokens[i], prev = doc.tokens[i - 1];
  if (!t) return false;
  if (!prev || prev.sentence !== t.sentence) return true;
  return /^[—–-]$/.test(prev.text) && afterDateline(doc, { start: doc.sentences[t.sentence]!.start, end: t.end }) === t.start;
}

const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whose', 'where']);

/**
 * The head of an apposition whose article is token `k` ("X, a London-based ship-tracking firm that …",
 * "X, an exiled news outlet based in …"): its last noun before a relative pronoun, a verb, a
 * preposition or punctuation, within seven words; with the noun before it (`prevHead`: "trading" of
 * "a trading house"). Undefined when no article opens it.
 */
export function appositionHead(toks: Token[], k: number): { head: string | null; prevHead: string | null } | undefined {
  const det = toks[k]?.lower;
  if (det !== 'a' && det !== 'an' && det !== 'the') return undefined;
  let head: string | null = null, prevHead: string | null = null, modified = false;
  // (Seven words, a compound's parts counting as one: "a London-based open-source research group".)
  let end = k + 8;
  for (let n = k + 1; n < Math.min(toks.length, end); n++) {
    const t = toks[n]!;
    // (Through compounds: "a London-based ship-tracking firm".)
    if (t.text === '-') { end += 2; continue; }
    if (toks[n - 1]!.text === '-') continue;
    // (A relative pronoun or a second determiner ends the phrase, whatever its tag: "a charity that monitors
    // the route", where "monitors" may be read as a noun.)
    if (RELATIVE_WORDS.has(t.lower) || (t.pos === 'DET' && head)) break;
    // (A possessive's noun is no head: "X, the institute's lead researcher" is the researcher.)
    if (t.lower === "'s" || t.lower === '’s') { head = null; continue; }
    // (A gerund before a noun or a compound modifies it, whatever its tag: "a British shipping firm", "a
    // shipping-security firm".)
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && (toks[n + 1]?.pos === 'NOUN' || toks[n + 1]?.pos === 'ADJ' || toks[n + 1]?.text === '-')) { modified = true; continue; }
    if (t.pos === 'NOUN') { prevHead = head; head = t.lower; }
    // (A word read as an adjective after the nouns or a modifier, where the phrase ends, is its head: "an open-source
    // investigations collective,", "an arts collective.", "a British shipping firm,": a phrase ends in a noun.)
    else if (t.pos === 'ADJ' && (head || modified) && toks[n + 1]?.pos === 'PUNCT') { prevHead = head; head = t.lower; }
    // (… and a last word the tagger read as an adverb or adjective, where no noun came before: "a Bratislava-based firm,".)
    else if ((t.pos === 'ADV' || t.pos === 'ADJ') && !head && n > k + 1 && /^\p{Ll}/u.test(t.text) && (toks[n + 1]?.pos === 'PUNCT' || RELATIVE_WORDS.has(toks[n + 1]?.lower ?? ''))) head = t.lower;
    else if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'PRON') break;
  }
  return { head, prevHead };
}

/** Whether tokens [from, to) hold a verb or an auxiliary. */
export function hasVerb(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to && i < doc.tokens.length; i++) {
    const pos = doc.tokens[i]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}
