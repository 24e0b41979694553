/**
 * The Doc owns one article's text; every pipeline stage adds a layer of
 * stand-off annotations (spans into `text`) to it, as in spaCy. Nothing here
 * copies text: the ledger is rendered from these layers at the end.
 */
import type { Span } from './span.js';
import { withDoubleQuotes } from './quotes.js';

export interface ArticleMeta {
  title?: string;
  url?: string;
  publisher?: string;
  published?: string;
  byline?: string;
  /** Where the article came from (a path, "-" for stdin, a URL), for messages. */
  origin?: string;
}

export interface Token extends Span {
  /** Surface text. */
  text: string;
  /** Lower-cased surface text. */
  lower: string;
  lemma: string;
  /** Universal POS tag, wink-nlp's set (PROPN, NOUN, VERB, AUX, PUNCT, …): our tagger (nlp/fast) learned it from wink. */
  pos: string;
  /** Index into Doc.sentences. */
  sentence: number;
  /** True when white space separates this token from the previous one. */
  spaceBefore: boolean;
}

export interface Sentence extends Span {
  /** Token index range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  /** Index of the paragraph (block of text between blank lines or line breaks). */
  paragraph: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'date' | 'quantity' | 'equipment' | 'event';

export interface Geo {
  lat: number;
  lon: number;
  geonameId?: number;
  country?: string;
  featureCode?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form the article gives ("Dietz" -> "Charlie Dietz"). */
  name: string;
  mentions: Span[];
  geo?: Geo;
  /** Free-form hints other stages may use, e.g. country code of a demonym ("South Korean" -> KR). */
  country?: string;
}

/**
 * Entities and attributions are made through these two functions, with every
 * field present from the start in one order, so that each layer's objects
 * share one hidden class. Built by spreads (`{ ...a, id }`) and with fields
 * added later, the attributions of 300 articles had 169 hidden classes and the
 * stages reading them were deoptimised again and again while a process warmed
 * up (`--trace-deopt`).
 */
export function newEntity(id: string, type: EntityType, name: string, mentions: Span[], geo?: Geo, country?: string): Entity {
  return { id, type, name, mentions, geo, country };
}

export function newAttribution(a: Attribution, id = a.id): Attribution {
  return {
    id, cue: a.cue, sourceMention: a.sourceMention, content: a.content, quote: a.quote, via: a.via,
    source: a.source, chain: a.chain, by: a.by,
  };
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** One act of attributing, before sources are resolved: raw spans only. */
export interface Attribution {
  id: string;
  cue: Span;
  /** The mention of the source this attribution uses (null: nobody named). */
  sourceMention: Span | null;
  content: Span[];
  quote: QuoteKind;
  /**
   * Sources the named source relays, outermost first: "The FT, citing unnamed
   * sources, claimed" has sourceMention "The FT" and via ["unnamed sources"].
   */
  via: Span[];
  /** Set by the sources stage: the resolved source ids, outermost first. */
  source?: string | null;
  chain?: string[];
  /** Which mechanism found it (for evaluation and debugging). */
  by?: string;
}

export type SourceKind =
  | 'person' | 'media' | 'government' | 'military' | 'intelligence'
  | 'organization' | 'expert' | 'document' | 'unspecified';

export interface Source {
  id: string;
  name: string;
  kind: SourceKind;
  anonymous: boolean;
  role?: string;
  affiliation?: string;
  entity?: string;
  mentions: Span[];
}

export type Certainty = 'certain' | 'probable' | 'possible' | 'unknown';
export type VerificationStatus =
  | 'confirmed' | 'denied' | 'could-not-verify' | 'no-evidence' | 'not-confirmed' | 'declined-comment';

export interface Hedge extends Span {
  text: string;
}

export interface Verification {
  status: VerificationStatus;
  /** Source id of who confirms / denies / declines; null for the article itself. */
  by: string | null;
  span: Span;
}

export interface Claim {
  id: string;
  span: Span[];
  attribution: string | null;
  sources: string[];
  certainty: Certainty;
  hedges: Hedge[];
  verification: Verification[];
}

const EMPTY_TABLE = new Int32Array(0);

/** For each offset 0..length, the number of tokens that end at or before it (tokens are in text order). */
function tokenTableOf(tokens: Token[], length: number): Int32Array {
  const table = new Int32Array(length + 1);
  let k = 0;
  for (let o = 0; o <= length; o++) {
    while (k < tokens.length && tokens[k]!.end <= o) k++;
    table[o] = k;
  }
  return table;
}

export class Doc {
  /** The text as analysed: as written, but for quotations in single marks, marked as double (doc/quotes.ts; same offsets). */
  readonly text: string;
  /** The text as written, which the ledger shows. */
  readonly original: string;
  readonly meta: ArticleMeta;
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  entities: Entity[] = [];
  attributions: Attribution[] = [];
  sources: Source[] = [];
  claims: Claim[] = [];
  /** tokenAt's table, and the token array it was made from. */
  private tokenTable: Int32Array = EMPTY_TABLE;
  private tableOf: Token[] | null = null;

  constructor(text: string, meta: ArticleMeta = {}) {
    this.original = text;
    this.text = withDoubleQuotes(text);
    this.meta = meta;
  }

  slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }

  /**
   * Index of the first token whose end is after `offset`. The stages ask this some thousands of
   * times an article (a binary search over the tokens was 1 % of the analysis), so it is read from
   * a table with one entry per character of the text, made once per token array.
   */
  tokenAt(offset: number): number {
    if (this.tableOf !== this.tokens) this.tokenTable = tokenTableOf(this.tokens, this.text.length), this.tableOf = this.tokens;
    const table = this.tokenTable;
    if (offset >= 0 && offset < table.length && (offset | 0) === offset) return table[offset]!;
    let lo = 0, hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end <= offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Index of the sentence containing `offset`, or the last one before it. */
  sentenceAt(offset: number): number {
    let lo = 0, hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid]!.start <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
}
