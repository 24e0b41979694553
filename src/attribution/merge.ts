/**
 * Combining the tagger's attributions with the pattern rules' (rules.ts).
 *
 * Measured on PolNeAR dev (docs/accuracy-attribution.md):
 * the tagger's spans are better for most constructions, so it leads. The
 * rules win in these places, and only there do they override it:
 * - "according to X": a rule attribution the tagger missed is on a gold cue
 *   7 times in 8, and its content is exact more often (19 vs 13);
 * - participle cues (", adding …"): the rule's content is exact more often
 *   (26 vs 22); their source the linker already shares from the main cue
 *   (tagger 27 exact, rule 11);
 * - passives ("… was indicated by X"): source and content.
 * - research findings ("a review by X found …", "the poll shows …"): a
 *   missed one is added (dev: see docs/accuracy-attribution.md).
 * - a tagged source cut short inside the rule's noun phrase ("senior" of
 *   "senior North Korean officials") takes the rule's.
 * - a cue the tagger found but gave no content (it labels each token once,
 *   so an outer report's clause went to the report inside it: "X decided
 *   …, a source said") takes the rule's content when the rule would be
 *   added anyway or its content is set off before the speaker; failing a
 *   rule, "CLAUSE, SOURCE told reporters." gives the clause.
 * - estimates ("X put the death toll at 57") are added when missed.
 * - a report by someone who asked not to be named ("A porter who asked not to be named told us …"):
 *   the tagger takes the request for the cue, and the filter drops it as a request; the verb after it is added.
 * - "…, one of them was quoted as saying": the tagger rarely reads this passive report; the rule's
 *   source and content win, and it is added when missed.
 * Chains ("the FT, citing unnamed sources, claimed") come only from the
 * rules, so a rule attribution with `via` is always kept, and a tagged
 * attribution on the same cue inherits its `via`.
 * Other rule attributions the tagger did not find are mostly not attributions
 * in PolNeAR's sense (34 of 309 "X verb" matches were on a gold cue), so
 * they are dropped: adding them all costs 3.7 points of partial relation F1.
 */
import type { Attribution, Doc } from '../doc/doc.js';
import { contains, overlaps, type Span } from '../doc/span.js';
import { afterDateline } from '../nlp/phrases.js';
import { quoteKind } from './tagger/link.js';

/**
 * The tagged "citing"/"quoting" whose single content holds rule `r`, a report by "who" (or "which") right
 * after the cited source: "citing an unnamed source … who said …".
 */
function citedWhoSaid(doc: Doc, out: Attribution[], r: Attribution): Attribution | undefined {
  const m = r.sourceMention;
  if (!m || !/^(?:who|which)$/i.test(doc.slice(m)) || !r.content.length) return undefined;
  return out.find((a) => a.content.length === 1 && /^(?:citing|quoting)$/i.test(doc.slice(a.cue)) && contains(a.content[0]!, m)
    && contains(a.content[0]!, r.cue) && a.content[0]!.start < m.start && r.content.every((c) => contains(a.content[0]!, c)));
}

const ADD_WHEN_MISSED = new Set(['rule:according-to', 'rule:passive', 'rule:participle', 'rule:finding', 'rule:estimate', 'rule:anonymous-subject', 'rule:quoted-as-saying', 'rule:closing-verb']);
const RULE_SOURCE_WINS = new Set(['rule:passive', 'rule:quoted-as-saying']);
const RULE_CONTENT_WINS = new Set(['rule:according-to', 'rule:passive', 'rule:participle', 'rule:quoted-as-saying']);

/** Whether the rule's subject is the speaker where the tagged source took the wrong words of the clause. */
function subjectWins(doc: Doc, r: Attribution, tagged: Attribution): boolean {
  const rs = r.sourceMention, ts = tagged.sourceMention;
  if (!rs || !ts) return false;
  // "Climate change, the president often says, is …": a tagged source that runs back over a comma
  // to the rule's subject right before the cue has taken in the words the cue interrupts.
  if (ts.start < rs.start && ts.end === rs.end) {
    return /,\s*$/.test(doc.text.slice(ts.start, rs.start)) && !doc.text.slice(rs.end, r.cue.start).includes(',');
  }
  // "Their channel, citing the group's spokesman, X, reported …", "Nino Kapanadze, an MP for the
  // Civic Reform bloc, claimed …": a tagged source between the rule's subject and the cue lies in
  // the chain or inside the description set off after the subject; the subject is the one
  // speaking. (Not a name right after the comma: in "His spokeswoman, Erin Hall, said" it is hers.)
  return ts.start >= rs.end && ts.end <= r.cue.start && (r.via.length > 0 || /^\s*,\s*\p{Ll}/u.test(doc.text.slice(rs.end, ts.start)));
}

/**
 * Whether a rule attribution reads as "CONTENT, SOURCE CUE" (or "CONTENT, CUE SOURCE"): content
 * that ends right before its speaker, set off by a comma. On PolNeAR dev, rule contents after a cue
 * the tagger left empty were mostly its adjuncts ("said Friday afternoon, as …", "announced Monday
 * morning"); contents before it, set off so, were what was said.
 */
function reportedBefore(doc: Doc, r: Attribution): boolean {
  const speaker = r.sourceMention && r.sourceMention.start < r.cue.start ? r.sourceMention : r.cue;
  if (r.sourceMention && r.content.some((c) => overlaps(c, r.sourceMention!))) return false;
  const before = r.content.filter((c) => c.end <= speaker.start);
  if (!before.length) return false;
  const gap = doc.text.slice(before[before.length - 1]!.start, speaker.start);
  return /,["”’']?\s*["”’']?\s*$/.test(gap);
}

const REPORT_LEMMAS = new Set(['say', 'tell', 'add', 'insist', 'argue', 'claim', 'report', 'warn', 'note', 'state', 'estimate', 'counter']);

/** The tagged attribution whose one content holds the rule's report after ", but": "…, but the captain … said …". */
function reportAfterBut(doc: Doc, tagged: Attribution[], r: Attribution): Attribution | undefined {
  const s = r.sourceMention;
  // (A speaker named by a noun, reporting by a verb of saying: not "…, but I did know him" inside a quotation.)
  const T = doc.tokens, cue = T[doc.tokenAt(r.cue.start)];
  if (!s || s.end > r.cue.start || !r.content.length || T[doc.tokenAt(s.start)]?.pos === 'PRON' || !cue || !REPORT_LEMMAS.has(cue.lemma)) return undefined;
  if (!/,\s+but\s+$/.test(doc.text.slice(Math.max(0, s.start - 12), s.start))) return undefined;
  const cut = doc.text.lastIndexOf(',', s.start);
  return tagged.find((t) => t.cue.end <= cut && t.content.length > 0 && t.content[0]!.start < cut
    && t.content.some((c) => contains(c, s) && contains(c, r.cue)) && t.content.every((c) => c.start >= t.cue.end));
}

/**
 * Whether the rule's speaker comes right after its clause and a comma, with at most an article and
 * capitalised or hyphenated words between ("…east of Cairo, a Cairo-based [rights group] said"; not
 * "…, as [one of them] reported").
 */
function speakerSetOff(doc: Doc, r: Attribution): boolean {
  const c = r.content[r.content.length - 1];
  if (!c || !r.sourceMention || c.end > r.sourceMention.start) return false;
  const m = /^\s*,\s*(.*)$/s.exec(doc.text.slice(c.end, r.sourceMention.start));
  return !!m && m[1]!.split(/\s+/).filter(Boolean).every((w) => /^(?:a|an|the)$/i.test(w) || /^\p{Lu}/u.test(w) || w.includes('-'));
}

/** Whether the tagged one content is only a noun phrase opening the sentence, set off by a comma before the source. */
function apposedPhraseAsContent(doc: Doc, tagged: Attribution): boolean {
  const s = tagged.sourceMention;
  if (!s || tagged.content.length !== 1 || s.end > tagged.cue.start) return false;
  const c = tagged.content[0]!, T = doc.tokens, first = doc.tokenAt(c.start), last = doc.tokenAt(c.end - 1);
  if (!/^\s*,\s*$/.test(doc.text.slice(c.end, s.start)) || doc.sentences[T[first]!.sentence]!.firstToken !== first) return false;
  for (let i = first; i <= last; i++) if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(T[i]!.pos) && !/^['’]s$/.test(T[i]!.text)) return false;
  return T[last]!.pos === 'NOUN' || T[last]!.pos === 'PROPN';
}

/**
 * Whether the rule's content after its cue holds a whole report the tagger found ("Orbita Watch said
 * [pictures taken on Wednesday showed at least six burn scars]"): the tagger, labelling each word once,
 * could not give the outer cue that content too.
 */
function nestsReport(doc: Doc, r: Attribution, tagged: Attribution[]): boolean {
  if (r.by !== 'rule:subject-verb' || r.content.length !== 1 || r.content[0]!.start < r.cue.end) return false;
  const c = r.content[0]!;
  // (Its clause, not one after an adjunct: "In a Facebook message posted [Friday, Cruz said …]".)
  // (… nor an adverbial clause, "said …, [while a rights group put the toll at seven]", nor a speaker's aside,
  // "He hoped, [he said, that the paper would …]".)
  const first = doc.tokens[doc.tokenAt(c.start)];
  if (!first || (first.pos === 'SCONJ' && first.lower !== 'that')) return false;
  return tagged.some((t) => t.content.length > 0 && contains(c, t.cue) && t.content.every((x) => contains(c, x)) && (!t.sourceMention || contains(c, t.sourceMention))
    && !doc.text.slice(c.start, Math.min(t.cue.start, t.sourceMention?.start ?? t.cue.start)).includes(',') && !/^\s*,/.test(doc.text.slice(t.cue.end)));
}

/**
 * "CLAUSE, SOURCE CUE [listener or adjunct]." or "CLAUSE, CUE SOURCE.": the clause, from the
 * sentence's start (after a dateline) to the comma before the speaker, when nothing after the cue
 * could be what was said (no verb, no quotation, no that-clause, a few words at most).
 */
function clauseBeforeSpeaker(doc: Doc, a: Attribution): Span | null {
  if (!a.sourceMention) return null;
  const T = doc.tokens;
  const first = doc.tokenAt(Math.min(a.sourceMention.start, a.cue.start));
  const last = doc.tokenAt(Math.max(a.sourceMention.end, a.cue.end) - 1);
  const sentence = doc.sentences[T[first]!.sentence]!;
  if (T[last]!.sentence !== T[first]!.sentence) return null;
  // (Back over the speaker's title when the tagged source is only the name: "district water engineer [Ruth Banda]".)
  let comma = first - 1;
  while (comma >= sentence.firstToken && first - comma <= 6 && /^(?:NOUN|PROPN|ADJ|DET)$/.test(T[comma]!.pos)) comma--;
  if (T[comma]?.text !== ',' || comma < sentence.firstToken) return null;
  let end = sentence.endToken;
  // ("…, residents told him, according to the priest, who …": what follows the next cue is its own.)
  for (let k = last + 1; k < end - 1; k++) if (T[k]!.text === ',' && T[k + 1]!.lower === 'according') { end = k; break; }
  while (end > last + 1 && T[end - 1]!.pos === 'PUNCT') end--;
  if (end - last - 1 > 6) return null;
  for (let k = last + 1; k < end; k++) {
    const t = T[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.text === '"' || t.text === '“') return null;
  }
  const start = afterDateline(doc, { start: T[sentence.firstToken]!.start, end: T[comma]!.start }) ?? T[sentence.firstToken]!.start;
  if (doc.tokenAt(start) + 3 > comma) return null;
  return { start, end: T[comma - 1]!.end };
}

/** Whether the attribution's one content is the listener right after "told" ("him", "reporters"), set off by a comma or the sentence's end. */
function onlyTheListener(doc: Doc, a: Attribution): boolean {
  if (a.content.length !== 1) return false;
  const T = doc.tokens, k = doc.tokenAt(a.cue.end - 1);
  if (T[k]?.lemma !== 'tell') return false;
  const c = a.content[0]!, first = doc.tokenAt(c.start), last = doc.tokenAt(c.end - 1);
  if (first !== k + 1 || last - first > 2) return false;
  const next = T[last + 1];
  if (next && next.sentence === T[k]!.sentence && next.text !== ',') return false;
  for (let i = first; i <= last; i++) if (!/^(?:PRON|NOUN|PROPN|DET)$/.test(T[i]!.pos)) return false;
  return true;
}

/**
 * Whether the tagger's one content is the end of the rule's one content, before the speaker: after a
 * comma, or cut inside the clause after any word ("… climbed from 9.8 to 13.1 per cent over [the same
 * period], the CSO figures show"; "The bridge could close [for repairs …], the engineer said").
 */
function lostClauseBefore(doc: Doc, tagged: Attribution, r: Attribution): boolean {
  if (tagged.content.length !== 1 || r.content.length !== 1) return false;
  const t = tagged.content[0]!, c = r.content[0]!;
  if (!(t.end === c.end && t.start > c.start && t.end <= tagged.cue.start)) return false;
  const before = doc.tokens[doc.tokenAt(t.start) - 1];
  return /,\s*$/.test(doc.text.slice(c.start, t.start)) || (!!before && before.pos !== 'PUNCT');
}

/** Whether the tagger's one content, after the cue, is the end of the rule's, cut after a preposition or an article. */
function cutInsidePhrase(doc: Doc, tagged: Attribution, r: Attribution): boolean {
  if (tagged.content.length !== 1 || r.content.length !== 1) return false;
  const t = tagged.content[0]!, c = r.content[0]!;
  if (!(t.end === c.end && t.start > c.start && c.start >= tagged.cue.end)) return false;
  const first = doc.tokenAt(t.start), before = doc.tokens[first - 1];
  if (!before || (before.pos !== 'ADP' && before.pos !== 'DET')) return false;
  // (The rule's words before the cut are a clause with its verb: not an object and its adjuncts,
  // "urged [his supporters at a Michigan rally] to …", which the tagger may rightly leave out.)
  for (let k = doc.tokenAt(c.start); k < first; k++) if (doc.tokens[k]!.pos === 'AUX') return true;
  return false;
}

/**
 * Whether the tagged attribution's one content is the rule's inverted speaker: a name right after
 * the cue that runs to a comma or the sentence's end ("…, said Aram Gevorgyan, a retired officer"),
 * not the subject of a clause ("…, said the suing states were exaggerating").
 */
function speakerReadAsContent(doc: Doc, tagged: Attribution, r: Attribution): boolean {
  const s = r.sourceMention;
  if (!s) return false;
  // (… or a noun of the clause before the comma read as the speaker: "… mortar rounds, a calibre used by
  // both sides, said Lusine Hakobyan".)
  if (tagged.sourceMention && r.content.some((c) => contains(c, tagged.sourceMention!))) return true;
  if (tagged.content.length !== 1 || tagged.content[0]!.start !== s.start) return false;
  const T = doc.tokens, first = doc.tokenAt(s.start), after = T[doc.tokenAt(s.end - 1) + 1];
  return T[first]!.pos === 'PROPN' && (!after || after.sentence !== T[first]!.sentence || after.text === ',' || /^[.!?]$/.test(after.text));
}

/**
 * "…, said Aram Gevorgyan, a retired officer.": where the tagger took the speaker after the cue for
 * what was said (and a noun before the comma for the speaker), the inverted reading
 * (rules.ts, invertedNameReports) replaces its speaker and content.
 */
export function withInvertedSpeakers(doc: Doc, found: Attribution[], inverted: Attribution[]): Attribution[] {
  if (!inverted.length) return found;
  return found.map((a) => {
    const r = inverted.find((x) => overlaps(a.cue, x.cue) && speakerReadAsContent(doc, a, x));
    return r ? { ...a, sourceMention: r.sourceMention, content: r.content, quote: r.quote } : a;
  });
}

export function mergeAttributions(doc: Doc, tagged: Attribution[], rules: Attribution[]): Attribution[] {
  const out = tagged.map((a) => ({ ...a }));
  for (const r of rules) {
    const kind = r.by ?? '';
    // A tagged cue left without content counts only where this rule's content is to be trusted:
    // a rule that would be added anyway, or content set off before its speaker. Elsewhere the
    // rule's attribution is handled as if the tagger had not found the cue.
    const same = out.find((a) => overlaps(a.cue, r.cue)
      && (a.content.length > 0 || ADD_WHEN_MISSED.has(kind) || r.via.length > 0 || reportedBefore(doc, r) || nestsReport(doc, r, tagged)));
    if (!same) {
      // "Italy's coast guard said it had recovered nine bodies …, but the captain of a charity rescue ship said
      // the real toll was likely far higher": a second report, after ", but", that the tagger read as part of the first's content.
      const host = kind === 'rule:subject-verb' ? reportAfterBut(doc, out, r) : undefined;
      if (host) {
        // (Its content up to the comma before ", but"; fragments after it were the second report's.)
        const s = r.sourceMention!, cut = doc.text.lastIndexOf(',', s.start);
        host.content = host.content.flatMap((c) => (c.end <= cut ? [c] : c.start < cut ? [{ start: c.start, end: cut }] : []));
        host.quote = quoteKind(doc, host.content);
        out.push({ ...r });
        continue;
      }
      // "…, citing an unnamed source in the security services who said the depot had been leased …": the cited
      // source's own report, inside what the tagger read as the citing's content, which ends at the source.
      const citing = kind === 'rule:subject-verb' ? citedWhoSaid(doc, out, r) : undefined;
      if (citing) {
        citing.content = [{ start: citing.content[0]!.start, end: doc.tokens[doc.tokenAt(r.sourceMention!.start) - 1]!.end }];
        out.push({ ...r });
        continue;
      }
      if (ADD_WHEN_MISSED.has(kind) || r.via.length) {
        out.push({ ...r });
        // A tagged cue with no source inside what the rule's source is reported to say ("…
        // is considering cuts …, according to documents") was the tagger's guess at this one.
        for (let k = out.length - 2; k >= 0; k--) {
          const t = out[k]!;
          if (!t.sourceMention && r.content.some((c) => contains(c, t.cue)) && t.content.every((x) => r.content.some((c) => contains(c, x)))) out.splice(k, 1);
        }
      }
      // "X claimed, citing Y, that Z": the tagger may take "citing" for the cue and
      // "Y, that Z" for what was said; the rule's attribution, with Y as its chain, replaces it.
      for (const v of r.via) {
        const k = out.findIndex((a) => a !== r && a.content[0] && a.content[0].start <= v.start && v.start < a.content[0].end && a.cue.end <= v.start && a.content[0].start - a.cue.end <= 2);
        if (k >= 0 && r.content.length) out.splice(k, 1);
      }
      continue;
    }
    if (!same.content.length) {
      // The tagger found this cue but could not tell what was said (most often an outer report
      // whose content holds another attribution: "X decided …, a source said"); the rule reads
      // the clause. Both agreeing on the cue makes it a report, unlike a rule match alone.
      // (A source it lacks it takes from the rule below, as for any tagged cue.)
      same.content = r.content; same.quote = r.quote;
    }
    // "COPENHAGEN — A Danish manufacturer sold components …, despite sanctions banning such trade, the daily
    // X reported": tagged content that is only the clause's last comma-set part lost the clause before it.
    if (kind === 'rule:content-first' && lostClauseBefore(doc, same, r)) {
      const c = r.content[0]!;
      same.content = [{ start: afterDateline(doc, c) ?? c.start, end: c.end }];
    }
    // "the engineer said a fault in an ageing transformer had set off a cascade of [automatic shutdowns
    // across the network]": tagged content after the cue cut inside a phrase is the end of the rule's clause.
    if (kind === 'rule:subject-verb' && cutInsidePhrase(doc, same, r)) same.content = r.content;
    // "…, a Cairo-based rights group said on Tuesday": the tagger read the speaker before the cue for what was said.
    // (The speaker whole, or set off by a comma: not a rule's speaker that took words of the clause, "the most [able candidate Viguerie]".)
    // (… one fragment of several: a quotation may go on after the cue's sentence.)
    const speakerAt = kind === 'rule:content-first' && r.sourceMention && speakerSetOff(doc, r)
      ? same.content.findIndex((c) => overlaps(c, r.sourceMention!) && c.end <= same.cue.start && (contains(c, r.sourceMention!) || /,\s*$/.test(doc.text.slice(0, r.sourceMention!.start)))) : -1;
    if (speakerAt >= 0) {
      // (The rule's clause stands for every tagged fragment before the cue; those after it stay.)
      same.content = [...r.content, ...same.content.filter((c) => c.start >= same.cue.end)];
      same.quote = quoteKind(doc, same.content); same.sourceMention = r.sourceMention;
    }
    // "Its regional director, First Admiral Zulkifli Hamid, told reporters … that …": the tagger read the
    // noun phrase set before the speaker's name for what was said.
    if (kind === 'rule:subject-verb' && apposedPhraseAsContent(doc, same)) { same.content = r.content; same.quote = r.quote; }
    // "The site was probably used to store munitions, it said, but the images could not show [what it held]":
    // tagged content past a ", but" after the cue is the writer's clause, not what was said.
    if (kind === 'rule:content-first' && same.content.length && same.content.every((c) => c.start >= same.cue.end)
      && /^\s*,\s*but\s/i.test(doc.text.slice(same.cue.end, same.content[0]!.start))) { same.content = r.content; same.quote = r.quote; }
    if (r.via.length && !same.via.length) same.via = r.via;
    if (subjectWins(doc, r, same)) same.sourceMention = r.sourceMention;
    if (RULE_SOURCE_WINS.has(kind) && r.sourceMention) same.sourceMention = r.sourceMention;
    if (RULE_CONTENT_WINS.has(kind) && r.content.length) { same.content = r.content; same.quote = r.quote; }
    if (!same.sourceMention && r.sourceMention) same.sourceMention = r.sourceMention;
    // The rules read whole noun phrases; a tagged source strictly inside the
    // rule's ("senior" of "senior North Korean officials") was cut short.
    else if (same.sourceMention && r.sourceMention && contains(r.sourceMention, same.sourceMention)) same.sourceMention = r.sourceMention;
  }
  // "… has been refused [family visits for weeks at a prison east of Tunis, a Tunis-based rights group said on
  // Monday]": a tagged content that runs on over the speaker of the clause it is part of ends before that speaker.
  for (const a of out) {
    if (a.content.length !== 1) continue;
    const x = a.content[0]!;
    const b = out.find((o) => o !== a && o.sourceMention && o.content.length > 0 && contains(x, o.cue) && contains(x, o.sourceMention)
      && o.content[o.content.length - 1]!.end > x.start && o.content[o.content.length - 1]!.end <= o.sourceMention.start && speakerSetOff(doc, o));
    if (b) a.content = [{ start: x.start, end: b.content[b.content.length - 1]!.end }];
  }
  // "…, residents told him, according to …": whom a source told is not what it said.
  for (const a of out) if (onlyTheListener(doc, a)) a.content = [];
  // A tagged cue still without content that closes its sentence after its speaker ("…, ministry
  // spokeswoman Grace Mwale told reporters.") reports the clause before the comma.
  for (const a of out) if (!a.content.length) { const c = clauseBeforeSpeaker(doc, a); if (c) { a.content = [c]; a.quote = 'indirect'; } }
  // ("… climbed to 13.1 per cent over [the same period], the CSO figures show": tagged content cut inside
  // a phrase, after a preposition or an article, is the end of the clause before the speaker.)
  for (const a of out) {
    if (a.content.length !== 1 || a.content[0]!.end > a.cue.start) continue;
    const before = doc.tokens[doc.tokenAt(a.content[0]!.start) - 1];
    if (!before || (before.pos !== 'ADP' && before.pos !== 'DET')) continue;
    const c = clauseBeforeSpeaker(doc, a);
    if (c && c.end === a.content[0]!.end && c.start < a.content[0]!.start) a.content = [c];
  }
  // "…, residents told him, according to the priest": the report the according-to relays, when the
  // tagger read it as part of what the priest says (it labels each word once).
  for (const r of rules) {
    if ((r.by !== 'rule:subject-verb' && r.by !== 'rule:content-first') || !r.sourceMention || out.some((a) => overlaps(a.cue, r.cue))) continue;
    const host = out.find((a) => a.content.length === 1 && a.content[0]!.end <= a.cue.start && /^according to$/i.test(doc.slice(a.cue))
      && contains(a.content[0]!, r.cue) && contains(a.content[0]!, r.sourceMention!) && r.sourceMention!.end <= r.cue.start);
    const clause = host ? clauseBeforeSpeaker(doc, { ...r, content: [] }) : null;
    if (clause && clause.end < r.sourceMention.start) out.push({ ...r, content: [clause], quote: 'indirect' });
  }
  // "Burkina Faso's army said in a brief communiqué read on state television that …": the tagger may cut the cue
  // at "in" and read "a brief communiqué" as a second cue with the same speaker and the content; the verb is the cue.
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (a.content.length || !a.sourceMention) continue;
    const k = out.findIndex((b) => b !== a && b.content.length > 0 && !!b.sourceMention && b.sourceMention.start === a.sourceMention!.start
      && b.sourceMention.end === a.sourceMention!.end && b.cue.start >= a.cue.end && /^\s+in\s+$/i.test(doc.text.slice(a.cue.end, b.cue.start))
      && /^(?:a|an|the|its|their|his|her)\s/i.test(doc.slice(b.cue)));
    if (k < 0) continue;
    const b = out[k]!;
    a.content = b.content; a.quote = b.quote;
    out.splice(k, 1);
    if (k < i) i--;
  }
  // Tagged cues that still have no content say nothing: dropped, as the linker drops them without rules.
  const said = out.some((a) => !a.content.length) ? out.filter((a) => a.content.length > 0) : out;
  // ("Their channel, citing the group's spokesman, X, reported …": a tagged "citing" whose content is
  // the cited source is the chain's link, which the rule attribution carries.)
  // (Most documents have no chain: then nothing is filtered, and no closure is made per attribution.)
  if (!rules.some((r) => r.via.length && r.sourceMention)) return said;
  return said.filter((a) => !rules.some((r) => r.via.length && r.sourceMention && a.cue.start >= r.sourceMention.end && a.cue.end <= r.cue.start
    && a.content.length > 0 && a.content.every((c) => r.via.some((v) => overlaps(c, v)))));
}
