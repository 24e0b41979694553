/** The ledger JSON contract of ../shared/design/ledger.md, as types. */
import type { Span } from '../doc/span.js';
import type { Certainty, EntityType, Geo, QuoteKind, SourceKind, VerificationStatus } from '../doc/doc.js';

export interface Ledger {
  schema: 'hearsay/ledger@1';
  article: { text: string; title?: string; url?: string; publisher?: string; published?: string; byline?: string };
  sentences: Span[];
  entities: Array<{ id: string; type: EntityType; name: string; mentions: Span[]; geo?: Geo }>;
  sources: Array<{
    id: string; name: string; kind: SourceKind; anonymous: boolean;
    role?: string; affiliation?: string; entity?: string; mentions: Span[];
  }>;
  attributions: Array<{
    id: string; cue: Span; source: string | null; sourceMention: Span | null; content: Span[]; quote: QuoteKind;
    /** Added field: the cue's text, for readers of the JSON. */
    cueText: string;
  }>;
  claims: Array<{
    id: string; text: string; span: Span[]; attribution: string | null; sources: string[];
    certainty: Certainty; hedges: Array<Span & { text: string }>;
    verification: Array<{ status: VerificationStatus; by: string | null; span: Span }>;
  }>;
}
