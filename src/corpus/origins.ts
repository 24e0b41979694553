/**
 * Independent origins of a claim. Ten outlets relaying "unnamed sources cited
 * by the FT" are one origin, not ten confirmations. A report's origin is the
 * innermost source of its chain:
 *  - a named source ("Charlie Dietz", "the Pentagon") is its own origin, whoever relays it;
 *  - an anonymous one ("officials", "people familiar") is only known through whoever
 *    cites it, so its origin is "anonymous, via" the nearest named source outside it
 *    in the chain, else the outlet that published the report;
 *  - a claim in the report's own voice originates with the outlet.
 * Syndicated copies are attributed to the outlet of the original text, so a wire
 * story reprinted ten times is still one origin. Outlet and source names meet on
 * one key ("The Financial Times", "FT", publisher "ft").
 */
import { acronym, isUnresolvedName, nameKey } from './text.js';

export interface ChainLink {
  name: string;
  anonymous: boolean;
}

export interface OriginReport {
  /** Publisher of the text the report carries: the original's outlet for a syndicated copy. */
  carrier: string | null;
  /** Article id, the fall-back carrier when the publisher is unknown. */
  article: number;
  /** Sources behind the claim, outermost first; empty for the outlet's own voice. */
  chain: ChainLink[];
}

export interface Origin {
  key: string;
  anonymous: boolean;
  /** Readable: "Charlie Dietz", "anonymous via FT", "nyt (own reporting)". */
  label: string;
}

export function originOf(r: OriginReport): Origin {
  const carrier = r.carrier ? r.carrier : `article ${r.article}`;
  // A pronoun the analysis could not resolve names nobody: it is some source the carrier quotes.
  const chain = r.chain.filter((l) => !isUnresolvedName(l.name));
  const unresolved = chain.length < r.chain.length;
  const inner = chain[chain.length - 1];
  if (!inner && unresolved) return { key: 'unresolved via ' + nameKey(carrier), anonymous: false, label: `a source ${carrier} quotes` };
  if (!inner) return { key: nameKey(carrier), anonymous: false, label: `${carrier} (own reporting)` };
  if (!inner.anonymous) return { key: nameKey(inner.name), anonymous: false, label: inner.name };
  const named = [...chain].reverse().find((l) => !l.anonymous);
  const via = named ? named.name : carrier;
  return { key: 'anonymous via ' + nameKey(via), anonymous: true, label: `${inner.name} via ${via}` };
}

/** The same organisation under two keys: equal, or one the acronym of the other ("ft" / "financial times"). */
function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const kind = (k: string) => /^(anonymous|unresolved) via /.exec(k)?.[0] ?? '';
  if (kind(a) !== kind(b)) return false;
  const x = a.slice(kind(a).length), y = b.slice(kind(b).length);
  if ((!x.includes(' ') && acronym(y) === x) || (!y.includes(' ') && acronym(x) === y)) return true;
  const xs = x.split(' '), ys = y.split(' ');
  if (xs[xs.length - 1] !== ys[ys.length - 1]) return false;
  // "Trump" in one report, "Donald Trump" or "Donald J. Trump" in the next: a bare surname
  // matches the full name it ends; two full names match on first and last name.
  return xs.length === 1 || ys.length === 1 || xs[0] === ys[0];
}

export interface OriginCount {
  origins: Origin[];
  anonymousOnly: boolean;
}

export function countOrigins(reports: OriginReport[]): OriginCount {
  return mergeOrigins(reports.map(originOf));
}

/** Origins under aliases ("FT" / "Financial Times", "Trump" / "Donald J. Trump") counted once. */
export function mergeOrigins(all: Origin[]): OriginCount {
  // Exact keys first (most reports of a big cluster share a few), then aliases among the distinct ones.
  const distinct = new Map<string, Origin>();
  for (const o of all) if (!distinct.has(o.key)) distinct.set(o.key, o);
  const origins: Origin[] = [];
  for (const o of distinct.values()) {
    if (!origins.some((x) => sameKey(x.key, o.key))) origins.push(o);
  }
  return { origins, anonymousOnly: origins.length > 0 && origins.every((o) => o.anonymous) };
}
