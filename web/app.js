// hearsay corpus browser: plain ES module, no framework. Every piece of text
// from the store (article text, titles, names) is untrusted: it only ever
// reaches the page through textContent / createTextNode, never innerHTML.

const view = document.getElementById('view');

/** Builds an element: h('a', {href: '#/x', class: 'y'}, 'text', child…). Strings become text nodes. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  append(el, children);
  return el;
}

async function api(path) {
  const res = await fetch('/api/' + path);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const articleLink = (id, text) => h('a', { href: `#/article/${id}` }, text);

function show(...children) {
  view.replaceChildren(...children.flat(Infinity).filter(Boolean));
  window.scrollTo(0, 0);
}

// ---- claim clusters ----

function clusterCard(c, { full = false } = {}) {
  const badges = h('div', { class: 'badges' },
    h('span', { class: 'badge' }, plural(c.reports.length, 'report')),
    h('span', { class: 'badge' }, plural(new Set(c.reports.map((r) => r.publisher)).size, 'outlet')),
    h('span', { class: 'badge origins', title: c.originList.map((o) => o.label).join('; ') }, plural(c.origins, 'independent origin')),
    c.anonymousOnly && h('span', { class: 'badge anon' }, 'anonymous sources only'),
    c.contradictions.length > 0 && h('span', { class: 'badge contra' }, plural(c.contradictions.length, 'contradiction')),
  );
  const reports = full ? c.reports : c.reports.slice(0, 5);
  return h('div', { class: 'card cluster', 'data-cluster': c.id },
    h('div', { class: 'text' }, h('a', { href: `#/claim/${c.id}` }, c.text)),
    badges,
    c.contradictions.map((k) => h('div', { class: 'contradiction' },
      'Figures disagree: ',
      k.values.map((v, i) => [i ? ' vs ' : '', h('b', {}, v.figure), ` (${v.publishers.join(', ') || 'article ' + v.articles.join(', ')})`]),
      ` — about: ${k.about}`)),
    h('ul', { class: 'reports' }, reports.map((r) => h('li', {},
      h('span', { class: 'muted' }, `${r.publisher ?? '?'} · ${r.published ?? 'undated'} · `),
      articleLink(r.article, r.title || `article ${r.article}`),
      r.duplicateOf !== null ? h('span', { class: 'muted' }, ` (copy of article ${r.duplicateOf})`) : null,
      full ? h('div', { class: 'muted' }, `“${r.claim}”`) : null))),
    !full && c.reports.length > reports.length ? h('div', { class: 'muted' }, `… and ${c.reports.length - reports.length} more`) : null,
    full && c.sources.length ? h('p', {}, h('b', {}, 'Sources: '), c.sources.join('; ')) : null,
    full ? h('p', {}, h('b', {}, 'Independent origins: '), c.originList.map((o) => o.label + (o.anonymous ? ' (anonymous)' : '')).join('; ')) : null,
  );
}

// ---- pages ----

function timelineChart(points) {
  const byDate = new Map();
  for (const p of points) byDate.set(p.date, (byDate.get(p.date) ?? 0) + p.articles);
  const dates = [...byDate.keys()].sort();
  if (!dates.length) return h('p', { class: 'muted' }, 'No dated articles.');
  const W = 1000, H = 160, pad = 22;
  const max = Math.max(...byDate.values());
  // A real time axis: days without articles leave gaps.
  const day = (d) => Date.parse(d + 'T00:00:00Z') / 864e5;
  const first = day(dates[0]);
  const span = day(dates[dates.length - 1]) - first + 1;
  const step = (W - 2 * pad) / span;
  const bw = Math.min(40, Math.max(1, step - 1));
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': 'articles per publication day' });
  dates.forEach((d) => {
    const n = byDate.get(d);
    const bh = ((H - 2 * pad) * n) / max;
    const x = pad + (day(d) - first) * step + (step - bw) / 2;
    const r = svg('rect', { x, y: H - pad - bh, width: bw, height: bh, 'data-date': d });
    r.append(svg('title', {}, `${d}: ${plural(n, 'article')}`));
    chart.append(r);
  });
  chart.append(svg('text', { x: pad, y: H - 6 }, dates[0]), svg('text', { x: W - pad, y: H - 6, 'text-anchor': 'end' }, dates[dates.length - 1]),
    svg('text', { x: pad, y: 14 }, `max ${max}/day`));
  return h('div', { class: 'timeline' }, chart);
}

async function overview() {
  const [stats, top, timeline] = await Promise.all([api('stats'), api('claims?limit=8'), api('timeline')]);
  const tile = (n, label) => h('div', { class: 'tile' }, h('div', { class: 'n' }, n.toLocaleString('en')), h('div', { class: 'l' }, label));
  show(
    h('h1', {}, 'The corpus at a glance'),
    h('div', { class: 'tiles', id: 'stats' },
      tile(stats.articles, 'articles'), tile(stats.duplicates, 'near-duplicate copies'), tile(stats.claims, 'claims'),
      tile(stats.clusters, 'claim clusters'), tile(stats.sources, 'sources')),
    h('h2', {}, `Timeline by publication date`, stats.firstPublished ? h('span', { class: 'muted' }, ` (${stats.firstPublished} – ${stats.lastPublished})`) : null),
    timelineChart(timeline),
    h('div', { class: 'grid2' },
      h('div', {}, h('h2', {}, 'Claims reported by the most outlets'),
        top.length ? top.map((c) => clusterCard(c)) : h('p', { class: 'muted' }, 'No claim appears in more than one report yet.')),
      h('div', {}, h('h2', {}, 'Outlets'),
        h('table', {}, h('tr', {}, h('th', {}, 'publisher'), h('th', { class: 'num' }, 'articles')),
          stats.publishers.map((p) => h('tr', {}, h('td', {}, p.publisher ?? '(unknown)'), h('td', { class: 'num' }, p.articles)))))),
  );
}

async function claimsPage(params) {
  const about = params.get('about') ?? '';
  const source = params.get('source') ?? '';
  const qs = new URLSearchParams();
  if (about) qs.set('about', about);
  if (source) qs.set('source', source);
  qs.set('limit', '100');
  const clusters = await api('claims?' + qs);
  const aboutIn = h('input', { type: 'search', name: 'about', placeholder: 'about… (words in the claim)', value: about });
  const sourceIn = h('input', { type: 'search', name: 'source', placeholder: 'source… (e.g. Clinton)', value: source });
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (aboutIn.value.trim()) p.set('about', aboutIn.value.trim());
    if (sourceIn.value.trim()) p.set('source', sourceIn.value.trim());
    location.hash = '#/claims' + (p.toString() ? '?' + p : '');
  } }, aboutIn, sourceIn, h('button', { type: 'submit' }, 'Filter'));
  show(
    h('h1', {}, 'Claims across reports'),
    h('p', { class: 'muted' }, 'The same claim in different reports, grouped. Independent origins count each original source once: outlets relaying the same source, and syndicated copies, add none.'),
    form,
    clusters.length ? clusters.map((c) => clusterCard(c)) : h('p', { class: 'muted' }, 'No matching claims.'),
  );
}

async function claimPage(id) {
  const c = await api('claims/' + encodeURIComponent(id));
  show(h('h1', {}, 'Claim'), clusterCard(c, { full: true }));
}

/** The article text as nodes, with attribution sources, cues and contents wrapped in highlight spans. */
function highlighted(ledger) {
  const text = ledger.article.text;
  const marks = []; // [start, end, class, title]
  const certainty = new Map(ledger.claims.filter((c) => c.attribution).map((c) => [c.attribution, c.certainty]));
  for (const a of ledger.attributions) {
    for (const s of a.content) marks.push([s.start, s.end, `hl-content certainty-${certainty.get(a.id) ?? 'unknown'}`, `content (${certainty.get(a.id) ?? 'certainty unknown'})`]);
    marks.push([a.cue.start, a.cue.end, 'hl-cue', 'cue']);
    if (a.sourceMention) marks.push([a.sourceMention.start, a.sourceMention.end, 'hl-source', 'source']);
  }
  // Boundaries split the text into runs; each run gets the classes of every mark covering it.
  const cuts = new Set([0, text.length]);
  for (const [s, e] of marks) { if (s >= 0 && e <= text.length && s < e) { cuts.add(s); cuts.add(e); } }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const cover = marks.filter(([ms, me]) => ms <= s && e <= me);
    const run = text.slice(s, e);
    if (!cover.length) out.push(document.createTextNode(run));
    else out.push(h('span', { class: [...new Set(cover.map((m) => m[2]))].join(' '), title: [...new Set(cover.map((m) => m[3]))].join(', ') }, run));
  }
  return out;
}

async function articlePage(id) {
  const a = await api('articles/' + encodeURIComponent(id));
  const l = a.ledger;
  const sources = new Map(l.sources.map((s) => [s.id, s]));
  show(
    h('h1', {}, l.article.title || `Article ${a.id}`),
    h('p', { class: 'muted' }, [l.article.publisher, l.article.published, l.article.byline].filter(Boolean).join(' · '),
      l.article.url ? [' · ', h('a', { href: l.article.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null),
    a.duplicateOf !== null ? h('p', {}, 'A near-copy of ', articleLink(a.duplicateOf, `article ${a.duplicateOf}`), ' (counted once).') : null,
    a.copies.length ? h('p', {}, 'Copies of this text: ', a.copies.map((c, i) => [i ? ', ' : '', articleLink(c, `article ${c}`)])) : null,
    h('div', { class: 'legend' }, h('span', { class: 'hl-source' }, 'source'), h('span', { class: 'hl-cue' }, 'cue'), h('span', { class: 'hl-content' }, 'what is claimed')),
    h('div', { class: 'grid2' },
      h('div', { class: 'article-text', id: 'article-text' }, highlighted(l)),
      h('div', {},
        h('h2', {}, `Sources (${l.sources.length})`),
        h('ul', {}, l.sources.map((s) => h('li', {}, s.name, h('span', { class: 'muted' }, ` ${s.kind}${s.anonymous ? ', anonymous' : ''}${s.role ? ', ' + s.role : ''}`)))),
        h('h2', {}, `Claims (${l.claims.length})`),
        l.claims.length ? h('ul', { class: 'claims' }, l.claims.map((c) => {
          const k = a.clusters[c.id];
          const who = c.sources.map((s) => sources.get(s)?.name).filter(Boolean).join(' → ') || 'the outlet itself';
          return h('li', {},
            c.text.length > 140 ? c.text.slice(0, 137) + '…' : c.text,
            h('span', { class: 'muted' }, ` — ${who}; ${c.certainty}`),
            k && k.reports > 1 ? [' ', h('a', { href: `#/claim/${k.id}`, class: 'badge origins' }, `in ${plural(k.reports - 1, 'other report')}`)] : null);
        })) : h('p', { class: 'muted' }, 'No claims found in this article.'),
      )),
  );
}

async function sourcesPage() {
  const rows = await api('sources?limit=300');
  show(
    h('h1', {}, 'Sources'),
    h('p', { class: 'muted' }, 'Who the corpus quotes, by the number of articles that cite them.'),
    h('table', { id: 'sources' }, h('tr', {}, h('th', {}, 'source'), h('th', {}, 'kind'), h('th', { class: 'num' }, 'articles'), h('th', { class: 'num' }, 'claims')),
      rows.map((s) => h('tr', {},
        h('td', {}, h('a', { href: '#/claims?source=' + encodeURIComponent(s.name) }, s.name), s.anonymous ? h('span', { class: 'badge anon' }, 'anonymous') : null),
        h('td', {}, s.kind), h('td', { class: 'num' }, s.articles), h('td', { class: 'num' }, s.claims)))),
  );
}

/** A snippet whose matches are marked by \u0002…\u0003: split on them instead of parsing any markup. */
function snippet(s) {
  return s.split(/(\u0002[^\u0003]*\u0003)/).map((part) => part.startsWith('\u0002') ? h('mark', {}, part.slice(1, -1)) : part);
}

async function searchPage(params) {
  const q = params.get('q') ?? '';
  document.getElementById('search-input').value = q;
  const hits = q ? await api('search?q=' + encodeURIComponent(q)) : [];
  show(
    h('h1', {}, `Search: ${q}`),
    hits.length ? hits.map((x) => h('div', { class: 'card' },
      articleLink(x.article, x.title || `article ${x.article}`), h('span', { class: 'muted' }, ` ${x.publisher ?? ''} · ${x.published ?? ''}`),
      h('div', {}, snippet(x.snippet)))) : h('p', { class: 'muted' }, 'No matching articles.'),
  );
}

async function mapPage() {
  const places = await api('places?limit=100');
  show(
    h('h1', {}, 'Where the reports are about'),
    h('div', { class: 'map' }, h('img', { src: '/api/map.svg', alt: 'world map with a pin for each place the corpus mentions' })),
    places.length ? h('table', {}, h('tr', {}, h('th', {}, 'place'), h('th', {}, 'country'), h('th', { class: 'num' }, 'articles')),
      places.map((p) => h('tr', {}, h('td', {}, p.name), h('td', {}, p.country ?? ''), h('td', { class: 'num' }, p.articles))))
      : h('p', { class: 'muted' }, 'No geocoded places yet.'),
  );
}

// ---- routing ----

async function route() {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query ?? '');
  const parts = (path || '/').split('/').filter(Boolean);
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.nav === (parts[0] ?? 'overview'));
  try {
    if (!parts.length) await overview();
    else if (parts[0] === 'claims') await claimsPage(params);
    else if (parts[0] === 'claim' && parts[1]) await claimPage(parts[1]);
    else if (parts[0] === 'article' && parts[1]) await articlePage(parts[1]);
    else if (parts[0] === 'sources') await sourcesPage();
    else if (parts[0] === 'search') await searchPage(params);
    else if (parts[0] === 'map') await mapPage();
    else show(h('p', {}, 'No such page. ', h('a', { href: '#/' }, 'Back to the overview.')));
  } catch (err) {
    show(h('p', { class: 'contradiction' }, `Could not load this page: ${err.message}`));
  }
  document.body.dataset.ready = location.hash || '#/';
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) location.hash = '#/search?q=' + encodeURIComponent(q);
});
window.addEventListener('hashchange', route);
route();
