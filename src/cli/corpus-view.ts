/** Terminal rendering of the corpus queries: readable at a glance, colour only on a TTY without NO_COLOR. */
import type { ClusterView, SearchHit, SourceRow, Stats } from '../store/queries.js';

const useColor = () => !!process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string) => (s: string) => (useColor() ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = paint('1'), dim = paint('2'), red = paint('31'), yellow = paint('33'), cyan = paint('36');
const out = (s = ''): void => { process.stdout.write(s + '\n'); };

export function printStats(s: Stats, publishers: Array<{ publisher: string | null; articles: number }>): void {
  out(`${bold(String(s.articles))} articles (${s.duplicates} more are near-copies of these)`);
  out(`${bold(String(s.claims))} claims in ${bold(String(s.clusters))} clusters`);
  out(`${bold(String(s.sources))} distinct sources`);
  if (publishers.length) {
    out();
    for (const p of publishers) out(`  ${String(p.articles).padStart(6)}  ${p.publisher ?? dim('(no publisher)')}`);
  }
}

export function printClusters(clusters: ClusterView[]): void {
  if (!clusters.length) {
    out(dim('no matching claims'));
    return;
  }
  for (const c of clusters) {
    out(`${cyan('#' + c.id)} ${bold(c.text)}`);
    const flags = [
      `${c.reports.length} report${c.reports.length === 1 ? '' : 's'}`,
      `${c.outlets} outlet${c.outlets === 1 ? '' : 's'}`,
      `${c.origins} independent origin${c.origins === 1 ? '' : 's'}`,
    ];
    if (c.anonymousOnly) flags.push(yellow('anonymous sources only'));
    out('   ' + flags.join(' · '));
    out('   ' + dim('origins: ') + c.originList.map((o) => o.label).join('; '));
    for (const r of c.reports.slice(0, 8)) {
      out(`   - ${r.publisher ?? '?'} ${r.published ?? ''} ${dim(r.title ?? `article ${r.article}`)}${r.duplicateOf !== null ? dim(` (copy of article ${r.duplicateOf})`) : ''}`);
    }
    if (c.reports.length > 8) out(dim(`   … ${c.reports.length - 8} more reports`));
    for (const k of c.contradictions) {
      out('   ' + red('contradiction: ') + k.values.map((v) => `${v.figure} (${v.publishers.join(', ') || 'article ' + v.articles.join(', ')})`).join(' vs ') + dim(` [${k.about}]`));
    }
    out();
  }
}

export function printSources(rows: SourceRow[]): void {
  if (!rows.length) return out(dim('no sources'));
  out(dim('articles  claims  source'));
  for (const r of rows) {
    out(`${String(r.articles).padStart(8)}  ${String(r.claims).padStart(6)}  ${r.name} ${dim(`(${r.kind}${r.anonymous ? ', anonymous' : ''})`)}`);
  }
}

export function printSearch(hits: SearchHit[]): void {
  if (!hits.length) return out(dim('no matching articles'));
  for (const h of hits) {
    out(`${cyan('[' + h.article + ']')} ${bold(h.title ?? '(untitled)')} ${dim(`${h.publisher ?? ''} ${h.published ?? ''}`)}`);
    out('    ' + h.snippet.replace(/\s+/g, ' ').replace(/\u0002/g, useColor() ? '\x1b[1;33m' : '').replace(/\u0003/g, useColor() ? '\x1b[0m' : ''));
  }
}
