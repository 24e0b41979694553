/**
 * Interview transcripts quoted in news ("WALLACE: Let's start with…",
 * "PENCE: Well, look, …"): each turn is an attribution — the speaker label is
 * the source, its colon the cue, and the rest of the paragraph the content.
 * The tagger reads these lines as one long quotation and misses the colon
 * cue; in PolNeAR the turns are annotated this way (train: 12 of the 12 turns
 * in transcripts of two or more speakers' turns).
 *
 * A line is a turn when it starts (after an optional opening quote) with a
 * label of one to three upper-case words and a colon, and the label is a
 * speaker's: it labels two or more lines, or its last word also occurs in the
 * article as a name ("Pence", "Fallin"). That tells a speaker from a heading
 * such as "UPDATE:", "CORRECTION:" or "BYLINE:". Only articles with turns by
 * at least two speakers count as transcripts.
 */
import type { Attribution, Doc } from '../doc/doc.js';

const TURN = /^(["“]?)([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t]+(\S[^\n]*?)\s*$/gm;

const titleCase = (w: string): string => w[0]! + w.slice(1).toLowerCase();

export function transcriptAttributions(doc: Doc): Attribution[] {
  const text = doc.text;
  if (!text.includes(':')) return labelledTurns(doc);
  const lines = [...text.matchAll(TURN)];
  const count = new Map<string, number>();
  for (const m of lines) count.set(m[2]!, (count.get(m[2]!) ?? 0) + 1);
  const isSpeaker = (name: string): boolean => {
    if (count.get(name)! >= 2) return true;
    const last = name.split(' ').pop()!.replace(/[.'’-]+$/, '');
    return last.length >= 2 && new RegExp(`\\b${titleCase(last)}\\b`).test(text);
  };
  const out: Attribution[] = [], speakers = new Set<string>();
  for (const m of lines) {
    const name = m[2]!;
    if (!isSpeaker(name)) continue;
    speakers.add(name);
    const nameStart = m.index + m[1]!.length, colon = nameStart + name.length;
    const contentEnd = m.index + m[0]!.replace(/\s+$/, '').length, contentStart = contentEnd - m[3]!.length;
    out.push({
      id: '', cue: { start: colon, end: colon + 1 }, sourceMention: { start: nameStart, end: colon },
      content: [{ start: contentStart, end: contentEnd }], quote: 'direct', via: [], by: 'rule:transcript',
    });
  }
  return speakers.size >= 2 ? out : labelledTurns(doc);
}

/** Roles a broadcast's own people speak in: a label naming one is a speaker's ("PRESENTER (LORNA DIZON)"). */
const BROADCAST_ROLES = new Set(['presenter', 'host', 'anchor', 'correspondent', 'reporter', 'interviewer', 'moderator', 'newsreader']);

/**
 * Broadcast transcripts write the speaker on a line of its own, in capitals, and the words
 * below it without quotation marks:
 *
 *     LT. CMDR. ARNEL BAUTISTA, PHILIPPINE COAST GUARD
 *     We have accounted for two hundred and twelve passengers. …
 *
 * Each paragraph under a label is a turn: the label is the source (and, lacking a colon, also
 * the cue), the paragraph the content. A transcript has three such labels at least, by two
 * speakers or more; a line with a dash is a masthead ("VISAYAS PUBLIC RADIO — EVENING NEWS"),
 * and the article's first line is never a label.
 */
function labelledTurns(doc: Doc): Attribution[] {
  const text = doc.text;
  const lines: Array<{ start: number; end: number; label: boolean }> = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0].trim();
    if (!line) continue;
    const start = m.index + m[0].indexOf(line), end = start + line.length;
    // ("MERLIE CABAHUG, PASSENGER (translated from Cebuano)": a note in brackets may be in lower case.)
    // (Most lines hold no bracket: no pattern over them.)
    const bare = line.includes('(') ? line.replace(/\([^)]*\)/g, '').trim() : line;
    const label = start > 0 && bare.length >= 2 && bare.length <= 80 && !/\p{Ll}/u.test(bare) && /\p{Lu}{2}/u.test(bare)
      && !/[—–:;!?"“”]/.test(line) && !/[.]$/.test(bare.replace(/\b(?:[A-Z]{1,4}\.)+$/, ''));
    lines.push({ start, end, label });
  }
  // A speaker's label names a person of the article ("RIVERA" of Paolo Rivera) or a broadcaster's
  // role; a section heading ("THE CLAIM", "WHAT WE FOUND") names neither.
  // (Most articles have no three label-like lines: then nothing more to do.)
  if (lines.filter((l) => l.label).length < 3) return [];
  const surnames = new Set(doc.entities.filter((e) => e.type === 'person').map((e) => e.name.toLowerCase().split(/\s+/).pop()!));
  const speaker = (label: string): boolean => {
    const words = label.toLowerCase().replace(/\([^)]*\p{Ll}[^)]*\)/gu, '').split(/[\s,()]+/).map((w) => w.replace(/[.'’]+$/, '')).filter(Boolean);
    return words.some((w) => surnames.has(w) || BROADCAST_ROLES.has(w));
  };
  const out: Attribution[] = [], speakers = new Set<string>();
  let labels = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.label || !lines[i + 1] || lines[i + 1]!.label || !speaker(text.slice(l.start, l.end))) continue;
    labels++;
    // The source: the label without a lower-case note in brackets.
    const note = /\s*\([^)]*\p{Ll}[^)]*\)\s*$/u.exec(text.slice(l.start, l.end));
    const source = { start: l.start, end: note ? l.end - note[0].length : l.end };
    speakers.add(text.slice(source.start, source.end).split(/[,(]/)[0]!.trim());
    for (let j = i + 1; j < lines.length && !lines[j]!.label; j++) {
      out.push({ id: '', cue: { start: l.start, end: l.end }, sourceMention: source, content: [{ start: lines[j]!.start, end: lines[j]!.end }], quote: 'direct', via: [], by: 'rule:transcript' });
    }
  }
  return labels >= 3 && speakers.size >= 2 ? out : [];
}

/**
 * Adds the turns to the other attributions. A turn owns its label: another
 * attribution's content fragment that runs over a label (the tagger's
 * "\"PENCE: Well, …" quotation, attached to some cue before it) is dropped,
 * as is an attribution whose cue or source lies in a label, or that is left
 * without content. Attributions inside a turn's words stay (nested reports).
 */
export function withTranscripts(attrs: Attribution[], turns: Attribution[]): Attribution[] {
  if (!turns.length) return attrs;
  const labels = turns.map((t) => ({ start: t.sourceMention!.start, end: t.content[0]!.start }));
  const inLabel = (s: { start: number; end: number }) => labels.some((l) => s.start < l.end && l.start < s.end);
  const out: Attribution[] = [];
  for (const a of attrs) {
    if (inLabel(a.cue) || (a.sourceMention && inLabel(a.sourceMention))) continue;
    const content = a.content.filter((c) => !inLabel(c));
    if (content.length) out.push(content.length === a.content.length ? a : { ...a, content });
  }
  return [...out, ...turns];
}
