/**
 * What every human view of a ledger (terminal, HTML) shows the same way:
 * claims grouped by who stands behind them, and words for certainty and
 * verification. Kept apart from the renderers so both say the same thing.
 */
import type { Ledger } from '../ledger/types.js';
import type { Certainty, VerificationStatus } from '../doc/doc.js';
import { RELAY_PARTICIPLES } from '../layers/lexicon.js';

/** A source mention that names a relay: "emails obtained by Reuters" (see relayedBy in layers/sources.ts). */
const RELAY = new RegExp(`\\b(?:${[...RELAY_PARTICIPLES].join('|')}) by\\b`);

export type LedgerSource = Ledger['sources'][number];
export type LedgerClaim = Ledger['claims'][number];
export type LedgerAttribution = Ledger['attributions'][number];
export type LedgerEntity = Ledger['entities'][number];

export const CERTAINTY_LABEL: Record<Certainty, string> = {
  certain: 'certain', probable: 'probable', possible: 'possible', unknown: 'unknown',
};

/** A small bar reads faster than a word: more filled dots, surer claim. */
export const CERTAINTY_BAR: Record<Certainty, string> = {
  certain: '●●●', probable: '●●○', possible: '●○○', unknown: '○○○',
};

export const VERIFICATION_LABEL: Record<VerificationStatus, string> = {
  'confirmed': 'confirmed',
  'denied': 'denied',
  'could-not-verify': 'could not verify',
  'no-evidence': 'no evidence given',
  'not-confirmed': 'not formally confirmed',
  'declined-comment': 'declined to comment',
};

export const VERIFICATION_MARK: Record<VerificationStatus, string> = {
  'confirmed': '✔', 'denied': '✘', 'could-not-verify': '?', 'no-evidence': '∅', 'not-confirmed': '…', 'declined-comment': '–',
};

/** Good news, bad news, or no answer: what a reader should take from a verification act. */
export type VerificationTone = 'good' | 'bad' | 'open';
export const VERIFICATION_TONE: Record<VerificationStatus, VerificationTone> = {
  'confirmed': 'good', 'denied': 'bad', 'could-not-verify': 'open', 'no-evidence': 'open', 'not-confirmed': 'open', 'declined-comment': 'open',
};

export interface ClaimGroup {
  /** Stable key: the source ids in order, or a marker for claims without a source. */
  key: string;
  /** "Financial Times ← unnamed sources", "Ukrainian military & U.S. intelligence". */
  label: string;
  /** The sources behind these claims, outermost first. */
  sources: LedgerSource[];
  claims: LedgerClaim[];
  /** sourced: someone named or described; unsourced: attributed to nobody named; own-voice: the article says it. */
  kind: 'sourced' | 'unsourced' | 'own-voice';
}

export class LedgerView {
  readonly ledger: Ledger;
  readonly sourceById: Map<string, LedgerSource>;
  readonly attributionById: Map<string, LedgerAttribution>;

  constructor(ledger: Ledger) {
    this.ledger = ledger;
    this.sourceById = new Map(ledger.sources.map((s) => [s.id, s]));
    this.attributionById = new Map(ledger.attributions.map((a) => [a.id, a]));
  }

  sourceName(id: string | null): string {
    if (id === null) return 'the article';
    return this.sourceById.get(id)?.name ?? id;
  }

  /** The claim's text, in quotation marks when it is a direct quote that does not already carry them. */
  claimText(claim: LedgerClaim): string {
    const direct = this.attributionOf(claim)?.quote === 'direct';
    return direct && !/^\s*["“‘']/.test(claim.text) ? `“${claim.text}”` : claim.text;
  }

  attributionOf(claim: LedgerClaim): LedgerAttribution | undefined {
    return claim.attribution ? this.attributionById.get(claim.attribution) : undefined;
  }

  /**
   * How the sources behind a claim relate. The ledger lists them outermost
   * first; a source whose mention sits inside the attribution's source
   * mention ("Ukrainian military and U.S. intelligence believe") speaks
   * alongside the first (&), any other is relayed by it (←, "the FT, citing
   * unnamed sources").
   */
  chainLabel(claim: LedgerClaim): string {
    const ids = claim.sources;
    if (!ids.length) return '';
    const holder = this.attributionOf(claim)?.sourceMention ?? null;
    // "documents seen by The Guardian" sits in one mention but is a relay, not a pair.
    const relayed = holder && RELAY.test(this.ledger.article.text.slice(holder.start, holder.end));
    const inHolder = (id: string) => !!holder && !!this.sourceById.get(id)?.mentions.some((m) => m.start >= holder.start && m.end <= holder.end);
    // ("… told Reuters": the outlet heads the chain from outside the speaker's mention.)
    const firstInside = inHolder(ids[0]!);
    let label = this.sourceName(ids[0]!);
    for (const id of ids.slice(1)) {
      const together = !relayed && firstInside && inHolder(id);
      label += (together ? ' & ' : ' ← ') + this.sourceName(id);
    }
    return label;
  }

  /** Claims grouped by the sources behind them, groups in order of first appearance; sourceless groups last. */
  claimGroups(): ClaimGroup[] {
    const groups = new Map<string, ClaimGroup>();
    const firstStart = (c: LedgerClaim) => c.span[0]?.start ?? 0;
    const claims = [...this.ledger.claims].sort((a, b) => firstStart(a) - firstStart(b));
    for (const c of claims) {
      let key: string, kind: ClaimGroup['kind'], label: string;
      if (c.sources.length) { key = c.sources.join('>'); kind = 'sourced'; label = this.chainLabel(c); }
      else if (c.attribution) { key = '#unsourced'; kind = 'unsourced'; label = 'No source named'; }
      else { key = '#own-voice'; kind = 'own-voice'; label = "In the article's own voice"; }
      let g = groups.get(key);
      if (!g) {
        g = { key, label, kind, claims: [], sources: c.sources.map((id) => this.sourceById.get(id)).filter((s): s is LedgerSource => !!s) };
        groups.set(key, g);
      }
      g.claims.push(c);
    }
    const rank = { sourced: 0, unsourced: 1, 'own-voice': 2 } as const;
    return [...groups.values()].sort((a, b) => rank[a.kind] - rank[b.kind]);
  }

  /** One line about a source: "person · U.S. Defense Department spokesperson · anonymous". */
  sourceDetails(s: LedgerSource): string {
    const parts: string[] = [s.kind];
    if (s.role && s.role.toLowerCase() !== s.name.toLowerCase()) parts.push(s.role);
    if (s.affiliation && !(s.role ?? '').includes(s.affiliation)) parts.push(s.affiliation);
    if (s.anonymous) parts.push('anonymous');
    return parts.join(' · ');
  }

  /** "could not verify (Pentagon)": a verification act in words. */
  verificationText(v: LedgerClaim['verification'][number]): string {
    return `${VERIFICATION_LABEL[v.status]}${v.by ? ` (${this.sourceName(v.by)})` : ''}`;
  }

  /** Place entities with the claims whose text mentions them. */
  places(): Array<{ entity: LedgerEntity; claims: LedgerClaim[] }> {
    return this.ledger.entities
      .filter((e) => e.type === 'place')
      .map((entity) => ({
        entity,
        claims: this.ledger.claims.filter((c) => c.span.some((s) => entity.mentions.some((m) => m.start < s.end && s.start < m.end))),
      }));
  }

  counts(): { sentences: number; sources: number; claims: number; attributed: number; places: number; geocoded: number } {
    const l = this.ledger;
    const places = l.entities.filter((e) => e.type === 'place');
    return {
      sentences: l.sentences.length,
      sources: l.sources.length,
      claims: l.claims.length,
      attributed: l.claims.filter((c) => c.attribution !== null || c.sources.length > 0).length,
      places: places.length,
      geocoded: places.filter((p) => p.geo).length,
    };
  }
}

/** What to call an article: its title, else the name it came under (a file), else its first words. */
export function articleTitle(article: Ledger['article'], name?: string): string {
  if (article.title) return article.title;
  if (name) return name;
  const line = article.text.split('\n').find((l) => l.trim())?.trim() ?? '';
  if (line.length <= 90) return line;
  const cut = line.slice(0, 90);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).trimEnd() + '…';
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
