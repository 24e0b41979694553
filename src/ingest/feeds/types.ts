/** One article as an input yields it, before analysis. */
export interface RawArticle {
  /** Plain text, when the input gives it. */
  text?: string;
  /** An HTML page (or fragment) to extract the article text from, when no plain text is given. */
  html?: string;
  url?: string;
  title?: string;
  publisher?: string;
  published?: string;
  byline?: string;
  /** When a crawler saw it (WARC-Date): the publication date only when the page gives none. */
  crawled?: string;
  /** Where it came from, for messages: "feed.xml item 3", "crawl.warc.gz record 12", a path or URL. */
  origin: string;
}

/** A bad item inside an input: reported and skipped, the rest of the input goes on. */
export interface InputProblem {
  problem: string;
  origin: string;
}

export type InputItem = RawArticle | InputProblem;

export const isProblem = (x: InputItem): x is InputProblem => 'problem' in x;
