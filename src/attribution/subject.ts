/**
 * A source for a cue left without one: the subject right before the cue
 * ("Caddell continued: …", "the senator is demanding …"), read with the same
 * noun-phrase reader the rules use. The tagger and linker find most sources;
 * this covers cues whose subject the tagger did not label as a source.
 */
import type { Attribution, Doc } from '../doc/doc.js';
import { overlaps } from '../doc/span.js';
import { coordinatedSubject, nounPhraseRight, skipLeft, subjectBefore, type Phrase } from '../nlp/phrases.js';

export function withSubjectSources(doc: Doc, attrs: Attribution[]): Attribution[] {
  return attrs.map((a) => {
    if (a.sourceMention) return a;
    const k = doc.tokenAt(a.cue.start);
    // A passive or raising cue's subject is what is said of, not who says it ("has been harshly
    // criticized for", "seems"); PolNeAR leaves such attributions without a source.
    if (subjectIsTopic(doc, a)) return a;
    const sentence = doc.sentences[doc.tokens[k]?.sentence ?? -1];
    if (!sentence) return a;
    const subject = openingParticipleSubject(doc, a, k, sentence) ?? subjectBefore(doc, k, sentence.firstToken) ?? participleSubject(doc, k, sentence.firstToken);
    if (subject && !a.content.some((c) => overlaps(c, subject.span))) return { ...a, sourceMention: subject.span };
    // (The tagger may have taken the first verb's clause, subject and all, for content: "[It put its own
    // losses at two dead] and said [casualties exceeded 20]". The subject speaks; its clause is said too.)
    const shared = coordinatedSubject(doc, k, sentence.firstToken);
    if (!shared) return a;
    const content = a.content.map((c) => (c.start === shared.span.start && c.end > shared.span.end ? { start: doc.tokens[shared.endTok]!.start, end: c.end } : c));
    return content.some((c) => overlaps(c, shared.span)) ? a : { ...a, sourceMention: shared.span, content };
  });
}

/**
 * "Deputy Defence Minister Darius Vaitkus went further, claiming that …": a speaker the tagger drew
 * over the clause a participle cue hangs on is that clause's subject, the words before its verb
 * (a name or a noun phrase, no relative clause: "a man who went home" keeps its clause).
 */
export function withParticipleClausesCut(doc: Doc, attrs: Attribution[]): Attribution[] {
  const T = doc.tokens;
  return attrs.map((a) => {
    const src = a.sourceMention;
    if (!src) return a;
    // The participle: the cue's last word (the tagger may have drawn the cue over "went further, claiming" too).
    const k = doc.tokenAt(a.cue.end - 1);
    const cue = T[k];
    if (!cue || cue.pos !== 'VERB' || !cue.lower.endsWith('ing') || T[k - 1]?.text !== ',' || src.end > T[k - 1]!.end || src.end < T[k - 1]!.start) return a;
    const s0 = doc.tokenAt(src.start);
    let v = s0;
    while (v < k - 1 && T[v]!.pos !== 'VERB' && T[v]!.pos !== 'AUX') {
      if (T[v]!.pos === 'PRON' || T[v]!.pos === 'SCONJ' || T[v]!.text === ',') return a;
      v++;
    }
    if (v === s0 || v >= k - 1 || T[v]!.pos !== 'VERB' || T[v]!.lower.endsWith('ing')) return a;
    return { ...a, sourceMention: { start: src.start, end: T[v - 1]!.end } };
  });
}

/**
 * "Governor Maria Santos vetoed the map, writing that …": a participle cue
 * after a comma speaks for the subject of the clause it hangs on.
 */
function participleSubject(doc: Doc, k: number, first: number): Phrase | null {
  const t = doc.tokens[k];
  if (!t || t.pos !== 'VERB' || !t.lower.endsWith('ing') || doc.tokens[k - 1]?.text !== ',') return null;
  let v = k - 2;
  while (v >= first && doc.tokens[v]!.pos !== 'VERB') v--;
  if (v < first) return null;
  // The clause's subject, past any time phrase before its verb ("Santos on Friday vetoed").
  let j = skipLeft(doc, v - 1, first);
  while (j >= first && (TIME_WORDS.test(doc.tokens[j]!.lower) || (doc.tokens[j]!.pos === 'ADP' && j < v))) j--;
  while (j >= first && doc.tokens[j - 1]?.pos === 'ADP' && TIME_WORDS.test(doc.tokens[j]!.lower)) j -= 2;
  // ("Verity NZ reviewed the video and rated it false, saying …": the clause's verb may be a second one, of the first's subject.)
  return subjectBefore(doc, j + 1, first) ?? coordinatedSubject(doc, v, first) ?? capitalisedOpening(doc, first, v);
}

/**
 * "Aramide rejected the governor's account, saying …": a name the POS tagger misread (an unknown word
 * opening its sentence, read as an adverb), when the sentence's first words up to the verb are all
 * capitalised, and no pronoun or article.
 */
function capitalisedOpening(doc: Doc, first: number, v: number): Phrase | null {
  const T = doc.tokens;
  if (v <= first || v - first > 3) return null;
  for (let i = first; i < v; i++) if (!/^\p{Lu}\p{Ll}/u.test(T[i]!.text) || T[i]!.pos === 'PRON' || T[i]!.pos === 'DET' || T[i]!.pos === 'ADP' || T[i]!.pos === 'SCONJ' || T[i]!.pos === 'CCONJ') return null;
  return { span: { start: T[first]!.start, end: T[v - 1]!.end }, startTok: first, endTok: v };
}
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|evening|night|last|earlier|later)$/;

/**
 * "A NATO official, speaking on condition of anonymity because he was not authorised …, said": a
 * pronoun inside the participle's phrase is that speaker's, not the cue's own subject; the subject
 * before the phrase speaks.
 */
export function withParentheticalPronounsRepaired(doc: Doc, attrs: Attribution[]): Attribution[] {
  return attrs.map((a) => {
    const replaced = objectBeforeParticiple(doc, a) ?? relativeClauseSubject(doc, a) ?? clauseBeforeConjunction(doc, a) ?? antecedentOfRelative(doc, a) ?? headOfReducedRelative(doc, a);
    if (replaced) return { ...a, sourceMention: replaced.span };
    const s = a.sourceMention;
    if (!s || s.end > a.cue.start) return a;
    const k = doc.tokenAt(s.start), t = doc.tokens[k], c = doc.tokenAt(a.cue.start);
    if (!t || t.pos !== 'PRON' || doc.tokenAt(s.end - 1) !== k) return a;
    const sentence = doc.sentences[t.sentence]!;
    // The phrase opens with a comma and a participle before the pronoun, and a comma closes it before the cue.
    let open = k - 1;
    while (open > sentence.firstToken && doc.tokens[open]!.text !== ',') open--;
    if (doc.tokens[open]?.text !== ',' || !/ing$/.test(doc.tokens[open + 1]?.lower ?? '') || doc.tokens[c - 1]?.text !== ',') return a;
    const subject = subjectBefore(doc, c, sentence.firstToken);
    return subject && subject.span.end <= doc.tokens[open]!.start ? { ...a, sourceMention: subject.span } : a;
  });
}

/**
 * "The regional health department gave a different toll, saying one person had died": a participle
 * after a comma speaks for its clause's subject, never for the object of the clause's verb, which
 * the tagger may have taken for the source. Returns the subject that replaces such an object.
 */
function objectBeforeParticiple(doc: Doc, a: Attribution): Phrase | null {
  const s = a.sourceMention;
  if (!s || s.end > a.cue.start) return null;
  const k = doc.tokenAt(a.cue.start), T = doc.tokens;
  const m = doc.tokenAt(s.start), verb = T[m - 1];
  if (!T[k] || !/ing$/.test(T[k]!.lower) || T[k - 1]?.text !== ',' || doc.tokenAt(s.end - 1) > k - 1) return null;
  if (!verb || verb.pos !== 'VERB' || verb.sentence !== T[k]!.sentence || /ing$/.test(verb.lower)) return null;
  // (The mention runs from the verb to the comma: it is that verb's object, nothing after it.)
  if (doc.slice({ start: s.end, end: T[k - 1]!.start }).trim() !== '') return null;
  const subject = participleSubject(doc, k, doc.sentences[T[k]!.sentence]!.firstToken);
  return subject && subject.span.end <= verb.start && !a.content.some((c) => overlaps(c, subject.span)) ? subject : null;
}

/**
 * "Northfield & Co., the retailer that the report identifies as its largest customer, said": the
 * tagger's source is the subject of a relative clause inside the apposition; the clause's own
 * subject, before the apposition, speaks. Returns that subject.
 */
function relativeClauseSubject(doc: Doc, a: Attribution): Phrase | null {
  const s = a.sourceMention;
  if (!s || s.end > a.cue.start) return null;
  const T = doc.tokens, k = doc.tokenAt(a.cue.start), m = doc.tokenAt(s.start), after = T[doc.tokenAt(s.end - 1) + 1];
  const pronoun = T[m - 1], antecedent = T[m - 2];
  if (!pronoun || !/^(?:that|which|whom)$/.test(pronoun.lower) || !antecedent || (antecedent.pos !== 'NOUN' && antecedent.pos !== 'PROPN')) return null;
  if (after?.pos !== 'VERB' || T[k - 1]?.text !== ',' || after.sentence !== T[k]?.sentence) return null;
  const subject = subjectBefore(doc, k, doc.sentences[T[k]!.sentence]!.firstToken);
  return subject && subject.span.end <= pronoun.start && !a.content.some((c) => overlaps(c, subject.span)) ? subject : null;
}

/**
 * "The commission confirmed that its website was breached, five days before Sunday's election, but
 * insisted that …": a cue after ", but" or ", and" is a second verb of the first clause's subject;
 * the phrase the tagger took for its source, which ends right before the comma, ends that clause.
 */
function clauseBeforeConjunction(doc: Doc, a: Attribution): Phrase | null {
  const s = a.sourceMention;
  if (!s || s.end > a.cue.start) return null;
  const T = doc.tokens, k = doc.tokenAt(a.cue.start);
  let c = k - 1;
  while (c > 0 && T[c]!.pos === 'ADV') c--;
  if (T[c]?.pos !== 'CCONJ' || T[c - 1]?.text !== ',' || doc.tokenAt(s.end - 1) < c - 2 || doc.tokenAt(s.end - 1) > c - 1) return null;
  const subject = coordinatedSubject(doc, k, doc.sentences[T[k]!.sentence]!.firstToken);
  return subject && subject.span.end <= s.start && !a.content.some((x) => overlaps(x, subject.span)) ? subject : null;
}

/**
 * "The wife of a captain who was taken from their home in Niamey early on Friday said …": the tagger's
 * source lies inside a relative clause ("who" and a verb of its own, no comma up to the cue) that hangs
 * on the sentence's subject; that subject, up to the pronoun, speaks. Returns it.
 */
function antecedentOfRelative(doc: Doc, a: Attribution): Phrase | null {
  const s = a.sourceMention;
  if (!s || s.end > a.cue.start) return null;
  const T = doc.tokens, k = doc.tokenAt(a.cue.start), m = doc.tokenAt(s.start);
  const sentence = doc.sentences[T[k]?.sentence ?? -1];
  // (Not the name the clause gives its antecedent: "an officer who identified himself as Colonel-Major Abdoulaye Sanda said".)
  if (!sentence || T[m - 1]?.lower === 'as') return null;
  let r = m - 1, verb = false;
  for (; r > sentence.firstToken; r--) {
    const t = T[r]!;
    if (t.text === ',' || t.pos === 'PUNCT') return null;
    if (t.lower === 'who') break;
    if (t.pos === 'VERB') verb = true;
  }
  if (r <= sentence.firstToken || !verb) return null;
  // (Nothing but the cue's own adverbs and a time between the mention and the cue: "… early on Friday said".)
  for (let i = doc.tokenAt(s.end - 1) + 1; i < k; i++) if (T[i]!.pos === 'VERB' || T[i]!.pos === 'PUNCT') return null;
  // The antecedent: the words before "who", back to the clause's start, with no verb among them.
  let b = r - 1;
  while (b > sentence.firstToken && T[b - 1]!.text !== ',' && T[b - 1]!.pos !== 'VERB' && T[b - 1]!.pos !== 'PUNCT') b--;
  if (T[b - 1]?.pos === 'VERB' || !T.slice(b, r).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  const phrase = { span: { start: T[b]!.start, end: T[r - 1]!.end }, startTok: b, endTok: r };
  return a.content.some((c) => overlaps(c, phrase.span)) ? null : phrase;
}

/**
 * "Parents gathered outside the school on Monday morning said …", "Officials speaking in Kyiv on Tuesday
 * said …": the source found is the object of a preposition in a participle's phrase that describes the
 * sentence's subject (a relative clause without "who"); that subject speaks. Returns the noun phrase
 * before the participle, which opens its sentence.
 */
function headOfReducedRelative(doc: Doc, a: Attribution): Phrase | null {
  const s = a.sourceMention;
  if (!s || s.end > a.cue.start) return null;
  const T = doc.tokens, k = doc.tokenAt(a.cue.start), m = doc.tokenAt(s.start);
  const sentence = doc.sentences[T[k]?.sentence ?? -1];
  // (Not a participle cue, "The conversation ended with [Maddow] asking": there the verb before is the clause's own.)
  if (!sentence || T[k]!.lower.endsWith('ing')) return null;
  // The mention is (the object of) a preposition, and it and what follows it to the cue a plain phrase ("on Tuesday"):
  // not "the [attack but U.S. officials] have said".
  const inPhrase = (i: number) => /^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(T[i]!.pos) || T[i]!.lower === 'since';
  const preposition = T[m]!.pos === 'ADP' ? T[m]! : T[m - 1];
  if (!preposition || !(preposition.pos === 'ADP' || preposition.lower === 'since')) return null;
  // (Not the agent of the participle, "A bulletin issued by [the authority] listed": that one speaks.)
  if (preposition.lower === 'by') return null;
  for (let i = m; i < k; i++) if (!inPhrase(i)) return null;
  // Back over prepositional phrases to the participle; no other verb, no comma.
  let v = m - 1;
  while (v > sentence.firstToken && inPhrase(v)) v--;
  const participle = T[v];
  if (!participle || participle.pos !== 'VERB' || !(/(?:ed|ing|en|wn)$/.test(participle.lower) || IRREGULAR_PARTICIPLES.has(participle.lower)) || v <= sentence.firstToken) return null;
  // The subject: a plain noun phrase from the sentence's start to the participle.
  for (let i = sentence.firstToken; i < v; i++) if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(T[i]!.pos)) return null;
  if (T[v - 1]!.pos !== 'NOUN' && T[v - 1]!.pos !== 'PROPN') return null;
  const phrase = { span: { start: T[sentence.firstToken]!.start, end: T[v - 1]!.end }, startTok: sentence.firstToken, endTok: v };
  return a.content.some((c) => overlaps(c, phrase.span)) ? null : phrase;
}

/**
 * Attributions whose subject is their topic (subjectIsTopic) lose a source that stands before the
 * cue: "the appeals court ruling could be expected to …".
 */
export function withoutPassiveSubjects(doc: Doc, attrs: Attribution[]): Attribution[] {
  return attrs.filter((a) => !participleOfAdjunct(doc, a))
    .map((a) => (a.sourceMention && a.sourceMention.end <= a.cue.start && (subjectIsTopic(doc, a) || adjunctObject(doc, a)) ? { ...a, sourceMention: null } : a));
}

/**
 * "in a statement posted on its website", "at a rally held in Ohio": a participle right after
 * the object of an adjunct preposition describes that object; nobody says anything there.
 */
function participleOfAdjunct(doc: Doc, a: Attribution): boolean {
  if (!a.sourceMention || !adjunctObject(doc, a)) return false;
  // (The object is a common noun: in "In a Bloomberg interview Trump declared" the mention has run on
  // over the clause's subject, and "declared" is its verb.)
  const k = doc.tokenAt(a.cue.start), t = doc.tokens[k], head = doc.tokens[k - 1];
  return !!t && !!head && doc.tokenAt(a.sourceMention.end - 1) === k - 1 && head.pos === 'NOUN'
    && t.pos === 'VERB' && /(?:ed|en|wn|nt|ght)$/.test(t.lower)
    // (A participle is followed by its adjunct, "posted on its website", "released late on Monday";
    // a verb with an object is the clause's own: "Residents reached … in the valley described entire hamlets".)
    && /^(?:ADP|ADV|PUNCT)$/.test(doc.tokens[k + 1]?.pos ?? 'PUNCT');
}

/**
 * "Acme, in a statement posted on its website, said …": a source mention that is the object
 * of a preposition of place, time or means, in a parenthesis after a comma, is no subject, so
 * nobody speaks through it; the subject fallback (withSubjectSources) reads the clause's own
 * subject instead. (Not "by", "to", "from" or "with": "according to X", "was told by X", "in
 * an interview with X" name the speaker there.) On PolNeAR train and dev, objects of these
 * prepositions were a gold source 25 times in 186; without the comma the rule also caught some
 * of those 25 ("on Hulu and Ora's site --"), and partial fell by 0.04, so it waits for the comma.
 */
function adjunctObject(doc: Doc, a: Attribution): boolean {
  // (A mention that runs over a comma has run on into the next phrase, "the Bialowieza Forest, the Border
  // Guard": its own last phrase may be the subject.)
  const k = doc.tokenAt(a.sourceMention!.start), prev = doc.tokens[k - 1];
  // (Nor a free relative, "engaging in what analysts described as …": its subject speaks.)
  // (Nor a possessive, "a fact-check on Donald Trump's claim": the object is the claim, its owner speaks.)
  const text = doc.slice(a.sourceMention!).replace(/[\s,]+$/, '');
  return !!prev && prev.sentence === doc.tokens[k]?.sentence && ADJUNCT_PREPOSITIONS.has(prev.lower) && !text.includes(',')
    && !/^(?:what|whatever|which|whom)$/.test(doc.tokens[k]!.lower) && !/['’]s?$/.test(text)
    // (… or the preposition opens the sentence: "In a statement posted on its Facebook page, the company said".)
    && (doc.tokens[k - 2]?.text === ',' || doc.sentences[prev.sentence]!.firstToken === k - 1);
}
const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'through', 'via', 'about']);

/**
 * Whether the subject of the cue is what the words are about, not who says them: a passive
 * cue ("is expected", "has been criticized") or a raising verb ("X seems to …", "X has faced
 * questions about …"). Not "was quoted as saying", whose subject speaks.
 */
function subjectIsTopic(doc: Doc, a: Attribution): boolean {
  return (passiveCue(doc, a) || RAISING.has(cueHeadLemma(doc, a))) && !/\bquoted\b/i.test(doc.slice(a.cue));
}

/** "is expected", "has been criticized", "was described as": a form of "be" before a past participle in the cue. */
function passiveCue(doc: Doc, a: Attribution): boolean {
  const T = doc.tokens;
  let sawBe = false;
  for (let i = doc.tokenAt(a.cue.start); i < T.length && T[i]!.start < a.cue.end; i++) {
    const t = T[i]!;
    if (BE.has(t.lower)) sawBe = true;
    else if (sawBe && t.pos === 'VERB' && /(?:ed|en|wn|nt|ght)$/.test(t.lower)) return true;
  }
  // (The auxiliary may stand just before the cue: "it is expected".)
  const prev = T[doc.tokenAt(a.cue.start) - 1];
  const first = T[doc.tokenAt(a.cue.start)];
  return !!prev && BE.has(prev.lower) && !!first && first.pos === 'VERB' && /(?:ed|en|wn|nt)$/.test(first.lower);
}
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
/** Verbs whose subject is what is said of, not who says it. */
const RAISING = new Set(['seem', 'appear', 'face']);
/** The lemma of the cue's first verb. */
function cueHeadLemma(doc: Doc, a: Attribution): string {
  for (let i = doc.tokenAt(a.cue.start); i < doc.tokens.length && doc.tokens[i]!.start < a.cue.end; i++) if (doc.tokens[i]!.pos === 'VERB') return doc.tokens[i]!.lemma;
  return '';
}

/**
 * "Claiming the election was rigged, Trump said …", "Lamenting the loss, Mexicans …": a participle
 * that opens its sentence speaks for the subject of the main clause, right after the comma that
 * closes the participle's phrase (and after its content).
 */
function openingParticipleSubject(doc: Doc, a: Attribution, k: number, sentence: { firstToken: number; endToken: number }): Phrase | null {
  const T = doc.tokens, t = T[k];
  if (!t || k !== sentence.firstToken || t.pos !== 'VERB' || !t.lower.endsWith('ing')) return null;
  const contentEnd = a.content.reduce((e, c) => Math.max(e, c.end), a.cue.end);
  let c = doc.tokenAt(contentEnd);
  // (The comma may close the content itself, inside its quotation marks: 'the "phony system,"'.)
  if (/,\W*$/.test(doc.text.slice(Math.max(0, contentEnd - 3), contentEnd))) c--;
  else while (c < sentence.endToken && T[c]!.text !== ',') c++;
  if (c + 1 >= sentence.endToken) return null;
  const np = nounPhraseRight(doc, c + 1, sentence.endToken);
  // (The main clause's verb follows its subject.)
  const after = np ? T[doc.tokenAt(np.span.end)] : undefined;
  return np && after && (after.pos === 'VERB' || after.pos === 'AUX') ? np : null;
}

/** Past participles not in -ed, -en or -wn that describe a noun: "A banner left beside the bodies said". */
const IRREGULAR_PARTICIPLES = new Set(['left', 'held', 'kept', 'found', 'made', 'sent', 'built', 'brought', 'caught', 'set', 'put', 'read', 'paid', 'sold', 'told', 'hit', 'shot', 'struck', 'led', 'run', 'spread', 'cut', 'met']);
