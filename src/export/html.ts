/**
 * `hearsay analyze --format html`: one self-contained report file. The
 * article with every attribution highlighted (source, cue, content) and each
 * claim coloured by its certainty, beside a panel of sources and claims and
 * an offline map. Article text is untrusted input: every piece of it goes
 * through `escapeHtml`, and a Content-Security-Policy forbids scripts and
 * any network request, so a hostile page cannot run or phone home.
 */
import type { Ledger } from '../ledger/types.js';
import type { Span } from '../doc/span.js';
import {
  CERTAINTY_BAR, CERTAINTY_LABEL, LedgerView, articleTitle, VERIFICATION_LABEL, VERIFICATION_MARK, VERIFICATION_TONE, plural,
} from './ledger-view.js';
import { mapSvg } from './map.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
/** For title="…": escaped, with line breaks kept as line breaks in the tooltip. */
const attr = (s: string): string => escapeHtml(s).replace(/\n/g, '&#10;');

interface Mark extends Span {
  classes: string[];
  /** Tooltip lines. */
  note: string;
  /** id for the first segment of a claim, so the panel can link to it. */
  anchor?: string;
}

export interface HtmlReportOptions {
  /** Inline SVG of the article's places; default: mapSvg(ledger). */
  map?: string;
  /** What to call the article when it has no title (its file name). */
  name?: string;
}

export function htmlReport(ledger: Ledger, opts: HtmlReportOptions = {}): string {
  const view = new LedgerView(ledger);
  const a = ledger.article;
  const title = articleTitle(a, opts.name);
  const n = view.counts();
  const map = opts.map ?? safeMap(ledger);

  const about = [a.publisher, a.published, a.byline ? `by ${a.byline}` : undefined].filter((x): x is string => !!x);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="hearsay">
<title>hearsay · ${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<p class="brand">hearsay ledger</p>
<h1>${escapeHtml(title)}</h1>
${about.length ? `<p class="about">${about.map(escapeHtml).join(' · ')}</p>` : ''}
${a.url ? `<p class="url">${escapeHtml(a.url)}</p>` : ''}
<p class="counts">${[plural(n.sentences, 'sentence'), plural(n.sources, 'source'), `${plural(n.claims, 'claim')} (${n.attributed} attributed)`, plural(n.places, 'place')].join(' · ')}</p>
<p class="legend"><span class="src">source</span> <span class="cue">cue</span> <span class="content">reported content</span>
${(['certain', 'probable', 'possible', 'unknown'] as const).map((c) => `<span class="claim cert-${c}">${c} claim</span>`).join(' ')}
<span class="claim voice cert-certain">the article's own claim</span> <span class="hedge">hedge</span> <span class="verif">verification</span></p>
</header>
<main>
<article class="text" aria-label="Article text with attributions highlighted">${articleHtml(ledger, view)}</article>
<aside>
${sourcesHtml(view)}
${claimsHtml(view)}
${placesHtml(view, map)}
</aside>
</main>
<footer>Made by hearsay from the article text alone: highlights are machine readings, not verdicts. Hover a highlight for its source and verification.</footer>
</body>
</html>
`;
}

/** The map must never cost the reader the rest of the report. */
function safeMap(ledger: Ledger): string {
  try {
    return mapSvg(ledger);
  } catch {
    return '';
  }
}

/** The article text cut at every highlight boundary; each piece carries the classes of all marks over it. */
function articleHtml(ledger: Ledger, view: LedgerView): string {
  const text = ledger.article.text;
  const marks = collectMarks(ledger, view);
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) { cuts.add(clamp(m.start, text.length)); cuts.add(clamp(m.end, text.length)); }
  const points = [...cuts].sort((x, y) => x - y);
  // Marks sorted by start let each piece look only at marks that may cover it.
  const byStart = [...marks].sort((x, y) => x.start - y.start);
  const active: Mark[] = [];
  let next = 0;
  const anchored = new Set<string>();
  // Paragraphs are <p>s; a highlight that runs across a paragraph break is
  // closed before it and reopened after, so the markup stays well nested.
  let html = '<p>';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!);
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= from) active.splice(k, 1);
    const parts = text.slice(from, to).split('\n').map(escapeHtml);
    const over = active.filter((m) => m.start <= from && m.end >= to);
    if (!over.length) { html += parts.join('</p>\n<p>'); continue; }
    const classes = [...new Set(over.flatMap((m) => m.classes))].join(' ');
    const note = attr([...new Set(over.map((m) => m.note))].join('\n'));
    let anchor = over.find((m) => m.anchor && !anchored.has(m.anchor))?.anchor;
    if (anchor) anchored.add(anchor);
    html += parts.map((part) => {
      if (!part) return '';
      const id = anchor ? ` id="${attr(anchor)}"` : '';
      anchor = undefined;
      return `<span class="${classes}" title="${note}"${id}>${part}</span>`;
    }).join('</p>\n<p>');
  }
  html += '</p>';
  return html;
}

const clamp = (x: number, max: number) => Math.max(0, Math.min(x, max));


function collectMarks(ledger: Ledger, view: LedgerView): Mark[] {
  const marks: Mark[] = [];
  const claimByAttribution = new Map<string, Ledger['claims'][number]>();
  for (const c of ledger.claims) if (c.attribution) claimByAttribution.set(c.attribution, c);

  for (const att of ledger.attributions) {
    const who = att.source ? view.sourceName(att.source) : 'nobody named';
    const claim = claimByAttribution.get(att.id);
    const said = `${att.quote} attribution ${att.id} to ${claim ? view.chainLabel(claim) || who : who}`;
    if (att.sourceMention) {
      const s = att.source ? view.sourceById.get(att.source) : undefined;
      marks.push({ ...att.sourceMention, classes: ['src'], note: `source: ${who}${s ? ` (${view.sourceDetails(s)})` : ''}` });
    }
    marks.push({ ...att.cue, classes: ['cue'], note: `cue “${att.cueText}” of the ${said}` });
    for (const part of att.content) marks.push({ ...part, classes: ['content'], note: `content of the ${said}` });
  }
  for (const c of ledger.claims) {
    const sources = c.sources.length ? view.chainLabel(c) : c.attribution ? 'no source named' : "the article's own voice";
    const lines = [`claim ${c.id}: ${CERTAINTY_LABEL[c.certainty]} · source: ${sources}`];
    if (c.hedges.length) lines.push(`hedged: ${c.hedges.map((h) => h.text).join(', ')}`);
    for (const v of c.verification) lines.push(`${VERIFICATION_MARK[v.status]} ${view.verificationText(v)}`);
    // The article's own assertions get a paler tint, so attributed claims stand out.
    const classes = ['claim', `cert-${c.certainty}`, ...(c.attribution || c.sources.length ? [] : ['voice'])];
    for (const part of c.span) marks.push({ ...part, classes, note: lines.join('\n'), anchor: `claim-${c.id}` });
    for (const h of c.hedges) marks.push({ start: h.start, end: h.end, classes: ['hedge'], note: `hedge “${h.text}” of claim ${c.id}` });
    for (const v of c.verification) {
      marks.push({ ...v.span, classes: ['verif', `tone-${VERIFICATION_TONE[v.status]}`], note: `${VERIFICATION_LABEL[v.status]} (${view.sourceName(v.by)}), about claim ${c.id}` });
    }
  }
  return marks.filter((m) => m.end > m.start);
}

function sourcesHtml(view: LedgerView): string {
  const sources = view.ledger.sources;
  if (!sources.length) return '<section><h2>Sources</h2><p class="none">No sources found.</p></section>';
  const claimCount = new Map<string, number>();
  for (const c of view.ledger.claims) for (const id of c.sources) claimCount.set(id, (claimCount.get(id) ?? 0) + 1);
  const rows = sources.map((s) => {
    const role = s.role && s.role.toLowerCase() !== s.name.toLowerCase() ? s.role : undefined;
    const roleAndAffiliation = [role, s.affiliation && !(s.role ?? '').includes(s.affiliation) ? s.affiliation : undefined].filter((x): x is string => !!x);
    return `<tr><td class="name">${escapeHtml(s.name)}${s.anonymous ? ' <span class="anon">anonymous</span>' : ''}</td><td>${escapeHtml(s.kind)}</td><td>${roleAndAffiliation.map(escapeHtml).join('<br>')}</td><td class="num">${claimCount.get(s.id) ?? 0}</td></tr>`;
  });
  return `<section><h2>Sources</h2>
<table><thead><tr><th>name</th><th>kind</th><th>role, affiliation</th><th>claims</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function claimsHtml(view: LedgerView): string {
  const groups = view.claimGroups();
  if (!groups.length) return '<section><h2>Claims</h2><p class="none">No claims found.</p></section>';
  const body = groups.map((g) => {
    const sub = g.kind === 'sourced' ? g.sources.map((s) => view.sourceDetails(s)).join('; ')
      : g.kind === 'own-voice' ? 'the article asserts these itself' : 'attributed, but to nobody the article names';
    const items = g.claims.map((c) => {
      const ver = c.verification.map((v) => `<span class="badge tone-${VERIFICATION_TONE[v.status]}">${VERIFICATION_MARK[v.status]} ${escapeHtml(view.verificationText(v))}</span>`).join(' ');
      const hedges = c.hedges.length ? `<span class="hedges">hedged: ${c.hedges.map((h) => escapeHtml(h.text)).join(', ')}</span>` : '';
      return `<li><a class="cert cert-${c.certainty}" href="#claim-${attr(c.id)}" title="${CERTAINTY_LABEL[c.certainty]}">${CERTAINTY_BAR[c.certainty]} ${CERTAINTY_LABEL[c.certainty]}</a>
<span class="claimtext">${escapeHtml(view.claimText(c))}</span> ${hedges} ${ver}</li>`;
    });
    // The article's own assertions can be most of it: folded, so the sourced claims stay at a glance.
    if (g.kind === 'own-voice') {
      return `<details class="group group-${g.kind}"><summary><h3>${escapeHtml(g.label)} (${plural(g.claims.length, 'claim')})</h3></summary><p class="sub">${escapeHtml(sub)}</p><ul>${items.join('\n')}</ul></details>`;
    }
    return `<div class="group group-${g.kind}"><h3>${escapeHtml(g.label)}</h3><p class="sub">${escapeHtml(sub)}</p><ul>${items.join('\n')}</ul></div>`;
  });
  return `<section><h2>Claims by source</h2>${body.join('\n')}</section>`;
}

function placesHtml(view: LedgerView, map: string): string {
  const places = view.places();
  if (!places.length && !map) return '';
  const list = places.map(({ entity, claims }) => {
    const g = entity.geo;
    const where = g ? `${g.country ? escapeHtml(g.country) + ' · ' : ''}${g.lat.toFixed(2)}, ${g.lon.toFixed(2)}` : 'not located';
    return `<li><b>${escapeHtml(entity.name)}</b> <span class="sub">${where} · ${plural(claims.length, 'claim')}</span></li>`;
  });
  // mapSvg is the geo module's hook: it returns inline SVG (no external
  // requests); an empty string means "no map", and the list still stands.
  return `<section><h2>Places</h2>${map ? `<figure class="map">${map}</figure>` : ''}${list.length ? `<ul class="places">${list.join('\n')}</ul>` : ''}</section>`;
}

const CSS = `
:root { --ink:#1d1d1f; --muted:#6b6b73; --line:#e3e3e8; --certain:#b9e4c0; --probable:#bfdcf5; --possible:#fbe3a6; --unknown:#e2e2e6;
  --src:#6b3fa0; --cue:#c4561c; --good:#1e7b34; --bad:#b3261e; --open:#8a6100; }
* { box-sizing:border-box; }
body { margin:0; font:16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:#fafafa; }
header { padding:20px 28px 12px; background:#fff; border-bottom:1px solid var(--line); }
.brand { margin:0; font-size:12px; letter-spacing:.08em; text-transform:uppercase; color:var(--muted); }
h1 { margin:4px 0 6px; font-size:24px; line-height:1.25; }
h2 { font-size:15px; text-transform:uppercase; letter-spacing:.05em; color:var(--muted); margin:0 0 10px; }
h3 { font-size:16px; margin:14px 0 0; color:var(--src); }
.about, .url, .counts, .sub, .none { color:var(--muted); margin:2px 0; font-size:14px; }
.url { word-break:break-all; }
.legend { font-size:13px; margin:10px 0 0; display:flex; flex-wrap:wrap; gap:6px; }
main { display:grid; grid-template-columns:minmax(0,3fr) minmax(0,2fr); gap:24px; padding:20px 28px; }
@media (max-width:900px) { main { grid-template-columns:1fr; } }
article.text { background:#fff; border:1px solid var(--line); border-radius:8px; padding:4px 24px; font:17px/1.75 Georgia, "Times New Roman", serif; overflow-wrap:anywhere; }
article.text p:empty { display:none; }
aside section { background:#fff; border:1px solid var(--line); border-radius:8px; padding:16px 18px; margin-bottom:18px; }
.src { font-weight:600; color:var(--src); border-bottom:2px solid var(--src); }
.cue { color:var(--cue); font-weight:600; outline:1.5px solid var(--cue); outline-offset:-1px; border-radius:3px; }
.content { border-bottom:1.5px dotted #555; }
.claim { border-radius:2px; }
.cert-certain { background:var(--certain); } .cert-probable { background:var(--probable); }
.cert-possible { background:var(--possible); } .cert-unknown { background:var(--unknown); }
.claim.voice { background:none; box-shadow:inset 0 -3px 0 var(--voice-line); } .voice.cert-certain { --voice-line:var(--certain); }
.voice.cert-probable { --voice-line:var(--probable); } .voice.cert-possible { --voice-line:var(--possible); } .voice.cert-unknown { --voice-line:var(--unknown); }
.anon { font-size:11px; font-weight:500; color:var(--muted); border:1px solid var(--line); border-radius:8px; padding:0 5px; white-space:nowrap; }
.hedge { font-style:italic; text-decoration:underline wavy var(--open); }
.verif { text-decoration:underline double; } .tone-good { text-decoration-color:var(--good); } .tone-bad { text-decoration-color:var(--bad); } .tone-open { text-decoration-color:var(--open); }
.legend span { padding:0 4px; }
[title]:hover { filter:brightness(.93); cursor:help; }
table { border-collapse:collapse; width:100%; font-size:14px; }
th, td { text-align:left; padding:4px 6px; border-bottom:1px solid var(--line); vertical-align:top; }
th { color:var(--muted); font-weight:500; } td.name { font-weight:600; } td.num { text-align:right; }
details.group summary { cursor:pointer; } details.group summary h3 { display:inline; }
.group ul { list-style:none; padding:0; margin:6px 0 0; }
.group li { padding:6px 0; border-top:1px solid var(--line); font-size:15px; }
.cert { display:inline-block; font-size:12px; padding:0 6px; border-radius:10px; color:var(--ink); text-decoration:none; margin-right:4px; white-space:nowrap; }
.badge { display:inline-block; font-size:12px; padding:0 6px; border-radius:10px; border:1px solid currentColor; margin-left:4px; }
main > * { min-width:0; }
.badge.tone-good { color:var(--good); } .badge.tone-bad { color:var(--bad); } .badge.tone-open { color:var(--open); }
.hedges { font-size:12px; color:var(--muted); font-style:italic; }
.places { padding-left:18px; font-size:14px; }
figure.map { margin:0 0 10px; } figure.map svg { width:100%; height:auto; display:block; }
footer { padding:0 28px 24px; color:var(--muted); font-size:13px; }
`;
