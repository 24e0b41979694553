/**
 * Figures quoted in a claim ("more than 10,000 troops", "$4.5 billion",
 * "12 percent") and the disagreements between reports of one claim. A figure
 * is compared only with figures about the same thing (the word that follows
 * it), and only across different reports: one report giving a range is not a
 * contradiction.
 */
import { foldText, isStopword, stem } from './text.js';

export interface Figure {
  /** As written, with its qualifier: "more than 10,000". */
  text: string;
  value: number;
  /** What is counted, stemmed: "troop", "%", "$", or "" when nothing follows. */
  unit: string;
}

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const SCALE: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 };
const QUALIFIERS = /(more than|less than|fewer than|at least|at most|up to|as many as|as few as|nearly|almost|about|around|roughly|approximately|some|over|under|only|just)\s+$/;
const MONTHS = /(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/;

export function extractFigures(text: string): Figure[] {
  return figuresOfFolded(foldText(text));
}

// Most claims quote no figure: this cheap test (a superset of what FIGURE_RE can start with)
// spares them the full pattern.
const MAY_HAVE_FIGURE = /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen/;

/** extractFigures of text already folded by foldText (the ingest folds each claim once). */
export function figuresOfFolded(t: string): Figure[] {
  const out: Figure[] = [];
  if (!MAY_HAVE_FIGURE.test(t)) return out;
  const re = /(\$|€|£)?\b(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozen)\b(?:\s*(hundred|thousand|million|billion|trillion|k|m|bn)\b)?(\s*(?:%|percent|per cent))?/g;
  for (let m: RegExpExecArray | null; (m = re.exec(t)); ) {
    const [whole, currency, num, scale, percent] = m;
    const before = t.slice(Math.max(0, m.index - 30), m.index);
    if (MONTHS.test(before)) continue; // "Nov. 5" is a date, not a count
    let value = /^\d/.test(num!) ? Number(num!.replace(/,/g, '')) : SMALL[num!.replace(/^a /, '')] ?? NaN;
    if (!Number.isFinite(value)) continue;
    // Years are dates, not figures a report can get wrong in this sense.
    if (!currency && !scale && !percent && /^(19|20)\d\d$/.test(num!)) continue;
    if (scale) value *= SCALE[scale]!;
    let unit = '';
    if (percent) unit = '%';
    else if (currency) unit = currency;
    else {
      const rest = t.slice(m.index + whole.length).match(/^\s+([\p{L}][\p{L}-]*)(?:\s+([\p{L}][\p{L}-]*))?/u);
      const next = rest?.[1] && !isStopword(rest[1]) ? rest[1] : rest?.[2] && rest[1] && ['of'].includes(rest[1]) ? rest[2] : '';
      unit = next ? stem(next) : '';
    }
    const q = before.match(QUALIFIERS);
    out.push({ text: (q ? q[1] + ' ' : '') + whole.trim(), value, unit });
  }
  return out;
}

export interface ReportFigures {
  article: number;
  publisher: string | null;
  figures: Figure[];
}

export interface Contradiction {
  /** What the disagreeing figures count ("troop"), "%" or a currency sign. */
  about: string;
  values: Array<{ figure: string; value: number; articles: number[]; publishers: string[] }>;
}

/** Figures about the same thing that differ between reports of one claim. */
export function findContradictions(reports: ReportFigures[]): Contradiction[] {
  const byUnit = new Map<string, Map<number, { figure: string; articles: Set<number>; publishers: Set<string> }>>();
  for (const r of reports) {
    for (const f of r.figures) {
      if (!f.unit) continue; // a bare number has nothing to be compared about
      const values = byUnit.get(f.unit) ?? new Map();
      byUnit.set(f.unit, values);
      const v = values.get(f.value) ?? { figure: f.text, articles: new Set<number>(), publishers: new Set<string>() };
      values.set(f.value, v);
      v.articles.add(r.article);
      if (r.publisher) v.publishers.add(r.publisher);
    }
  }
  const out: Contradiction[] = [];
  for (const [about, values] of byUnit) {
    if (values.size < 2) continue;
    // Values only one article gives among themselves (a range, a before/after) are not a disagreement between reports.
    const articles = new Set<number>();
    for (const v of values.values()) for (const a of v.articles) articles.add(a);
    if (articles.size < 2) continue;
    out.push({
      about,
      values: [...values.entries()].sort((a, b) => a[0] - b[0]).map(([value, v]) => ({
        figure: v.figure, value, articles: [...v.articles].sort((a, b) => a - b), publishers: [...v.publishers].sort(),
      })),
    });
  }
  return out.sort((a, b) => a.about.localeCompare(b.about));
}
