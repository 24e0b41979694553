/**
 * Picks one gazetteer entry for each recognised toponym, from the article's
 * own evidence (after Lieberman et al.'s and Mordecai's spatial heuristics):
 *   prior      feature class (country > region > town) and population;
 *   qualifier  "Paris, Texas" keeps only Paris in Texas;
 *   context    countries and states the article names (also by demonym:
 *              "Ukrainian forces" counts for Ukraine), the publisher's country;
 *   proximity  towns near the article's other towns win (a second pass, once
 *              each name has a provisional pick).
 * A pick with no support beyond a small town's name is dropped: better no pin
 * than one on the wrong continent.
 */
import type { ArticleMeta, Doc } from '../doc/doc.js';
import { distanceKm, type Gazetteer } from './gazetteer.js';
import { normName, startsUpperCase } from './normalize.js';
import { tokenNorm, type Direction, type ToponymMention } from './recognize.js';

export interface Resolution {
  /** Gazetteer row, or -1 for a country part placed from its cities. */
  row: number;
  name: string;
  lat: number;
  lon: number;
  geonameId?: number;
  country?: string;
  featureCode: string;
}

const MAX_CANDIDATES = 80;
const MAX_GROUPS_FOR_PROXIMITY = 150;

function prior(g: Gazetteer, row: number, viaStem: boolean): number {
  const fc = g.d.featureCode[row]!;
  let s: number;
  if (fc === 'PCLI') s = 13;
  else if (fc === 'PCLD') s = 11;
  else if (fc === 'CONT' || fc === 'RGN') s = 11.5;
  else if (fc === 'ADM1') s = 12.5;
  else if (fc === 'ADM2') s = 8.5;
  else {
    const pop = g.d.population[row]!;
    s = 2 * Math.log10(Math.max(pop, 300));
    if (fc === 'PPLC') s += 2.5;
    else if (fc === 'PPLA') s += 1;
    else if (fc === 'PPLA2') s += 0.5;
    else if (fc === 'PPLX') s -= 1; // a section of a city, rarely meant by its bare name
  }
  return viaStem ? s - 1.5 : s;
}

interface Context {
  /** Country code -> name key -> times that name points to the country. */
  countries: Map<string, Map<string, number>>;
  /** "US.OH" -> name keys that name that first-level region. */
  admin1: Map<string, Set<string>>;
  publisherCountry?: string;
}

/** Evidence for a country from names other than `key` (a name is no evidence for itself). */
function countryEvidence(ctx: Context, cc: string, key: string): number {
  const by = ctx.countries.get(cc);
  if (!by) return 0;
  let n = 0;
  for (const [k, c] of by) if (k !== key) n += c;
  return n;
}
/** A word naming an administrative division in a place's name: "Darke County", "Sindh Province". */
const DIVISION_WORD = /\b(?:County|Parish|Borough|District|Province|Prefecture|Municipality|Region|Department|Oblast|Governorate|Raion|Rayon)\b/;

/** Whether the article's names point to some country other than `cc`. */
function pointsAbroad(ctx: Context, cc: string): boolean {
  for (const [c, by] of ctx.countries) if (c !== cc && by.size > 0) return true;
  return false;
}
function admin1Evidence(ctx: Context, code: string, key: string): boolean {
  const by = ctx.admin1.get(code);
  if (by) for (const k of by) if (k !== key) return true;
  return false;
}

/** Country hinted by the publisher: a ccTLD in its URL, or a place or demonym in its name. */
function publisherCountry(g: Gazetteer, meta: ArticleMeta): string | undefined {
  const host = meta.url ? /^[a-z]+:\/\/([^/]+)/i.exec(meta.url)?.[1] : undefined;
  const tld = (host ?? meta.publisher ?? '').toLowerCase().match(/\.([a-z]{2})$/)?.[1];
  if (tld && tld !== 'tv' && tld !== 'io' && tld !== 'co' && tld !== 'me') {
    const cc = tld === 'uk' ? 'GB' : tld.toUpperCase();
    if (g.countryRow(cc) !== undefined) return cc;
  }
  if (meta.publisher) {
    for (const w of meta.publisher.split(/\s+/)) {
      const k = normName(w);
      const dem = g.demonymCountry(k);
      if (dem) return dem;
      const rows = g.exact(k);
      if (rows?.length) {
        const best = rows.reduce((a, b) => (prior(g, a, false) >= prior(g, b, false) ? a : b));
        if (prior(g, best, false) >= 10.5) return g.d.country[best];
      }
    }
  }
  return undefined;
}

function buildContext(doc: Doc, g: Gazetteer, mentions: ToponymMention[]): Context {
  const countries = new Map<string, Map<string, number>>();
  const admin1 = new Map<string, Set<string>>();
  const villages: Array<[string, string]> = [];
  const bump = (cc: string, key: string) => {
    let by = countries.get(cc);
    if (!by) countries.set(cc, (by = new Map()));
    by.set(key, (by.get(key) ?? 0) + 1);
  };
  for (const m of mentions) {
    // A name all of whose readings lie in one country ("Henry County",
    // "Cottonport") points to that country.
    const cc0 = m.rows.length ? g.d.country[m.rows[0]!]! : '';
    if (cc0 && m.rows.every((r) => g.d.country[r] === cc0) && !m.rows.some((r) => g.isCountry(r))) {
      // (Villages only confirm a country something else points to: a lone Mexican "Quintero"
      // must not pull a Chilean story's "Valparaíso" to Mexico.)
      if (m.rows.every((r) => villageRow(g, r))) villages.push([cc0, m.key]);
      else bump(cc0, m.key);
    }
    // Names whose readings include a country or a first-level region count
    // for each ("Georgia" counts for both the US and the country).
    const seen = new Set<string>(cc0 && m.rows.every((r) => g.d.country[r] === cc0) ? [cc0] : []);
    for (const r of m.rows) {
      const fc = g.d.featureCode[r]!, cc = g.d.country[r]!;
      if (fc === 'PCLI' || fc === 'PCLD' || fc === 'ADM1') {
        if (!seen.has(cc)) { bump(cc, m.key); seen.add(cc); }
        if (fc === 'ADM1') {
          const code = `${cc}.${g.d.admin1[r]}`;
          let by = admin1.get(code);
          if (!by) admin1.set(code, (by = new Set()));
          by.add(m.key);
        }
      }
    }
  }
  // Demonyms: "Ukrainian forces", "Philippine Department of Agriculture".
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    // (Most capitalised words open no demonym: turned away by their first letters, unnormalised.)
    if (!startsUpperCase(t.text) || !g.mayNameCountry(t.text)) continue;
    const k = tokenNorm(doc, i);
    const cc = g.demonymCountry(k);
    if (cc) bump(cc, `demonym:${k}`);
  }
  for (const [cc, key] of villages) if (countries.has(cc)) bump(cc, key);
  const ctx: Context = { countries, admin1 };
  const pc = publisherCountry(g, doc.meta);
  if (pc) ctx.publisherCountry = pc;
  return ctx;
}

function contextScore(g: Gazetteer, row: number, m: ToponymMention, ctx: Context): number {
  const cc = g.d.country[row]!;
  let s = 0;
  const fc = g.d.featureCode[row]!;
  const isCountry = fc === 'PCLI' || fc === 'PCLD';
  if (cc) {
    // More mentions of a country, more weight, with diminishing returns.
    const n = countryEvidence(ctx, cc, m.key);
    if (n) s += Math.min(8, 2 + 2 * Math.log2(1 + n));
    if (!isCountry && fc !== 'ADM1' && admin1Evidence(ctx, `${cc}.${g.d.admin1[row]}`, m.key)) s += 4;
    if (ctx.publisherCountry === cc) s += 2;
  }
  const q = m.qualifier;
  if (q) {
    const fits = q.rows.some((qr) => {
      const qfc = g.d.featureCode[qr]!;
      if (qfc === 'PCLI' || qfc === 'PCLD') return g.d.country[qr] === cc;
      if (qfc === 'ADM1') return g.d.country[qr] === cc && g.d.admin1[qr] === g.d.admin1[row];
      if (qfc === 'ADM2') return g.d.country[qr] === cc && distanceKm(g.d.lat[qr]!, g.d.lon[qr]!, g.d.lat[row]!, g.d.lon[row]!) < 100;
      return false;
    });
    s += fits ? 12 : -3;
  }
  return s;
}

/** A context with no evidence: what the qualifier alone says. (One object: contextScore only reads it.) */
const NO_CONTEXT: Context = { countries: new Map(), admin1: new Map() };

/** Evidence that places a town locally: a qualifier that fits, or its state named in the article. */
function localSupport(g: Gazetteer, row: number, m: ToponymMention, ctx: Context): number {
  const cc = g.d.country[row]!;
  let s = 0;
  if (m.qualifier && contextScore(g, row, m, NO_CONTEXT) > 0) s += 1;
  if (g.d.featureCode[row] !== 'ADM1' && admin1Evidence(ctx, `${cc}.${g.d.admin1[row]}`, m.key)) s += 1;
  return s;
}

/** Equirectangular distance: enough to rank candidates, and cheap. */
function approxKm(g: Gazetteer, a: number, b: number): number {
  const r = Math.PI / 180;
  const x = (g.d.lon[b]! - g.d.lon[a]!) * r * Math.cos(((g.d.lat[a]! + g.d.lat[b]!) / 2) * r);
  const y = (g.d.lat[b]! - g.d.lat[a]!) * r;
  return 6371 * Math.sqrt(x * x + y * y);
}

/** Local places (towns, counties) act as anchors for their neighbours. */
const isLocal = (g: Gazetteer, row: number) => { const fc = g.d.featureCode[row]!; return fc.startsWith('PPL') || fc === 'ADM2'; };

function proximityScore(g: Gazetteer, row: number, anchors: number[]): number {
  const lat = g.d.lat[row]!, lon = g.d.lon[row]!;
  const fc = g.d.featureCode[row]!;
  let s = 0;
  for (const a of anchors) {
    if (a === row) continue;
    if (fc === 'ADM1') {
      // A region is near the towns inside it.
      if (g.d.country[a] === g.d.country[row] && g.d.admin1[a] === g.d.admin1[row]) s += 2;
      continue;
    }
    const d = distanceKm(lat, lon, g.d.lat[a]!, g.d.lon[a]!);
    s += d < 40 ? 2.5 : d < 120 ? 2 : d < 300 ? 1 : d < 800 ? 0.3 : 0;
  }
  return Math.min(s, 6);
}

/** A first-level region this populous outweighs small namesakes as a country does ("England", "Punjab"). */
const BIG_REGION_POPULATION = 5_000_000;

/**
 * Candidates a reading of the name rules out: a small town named like a
 * country or a state is the country or state unless a qualifier says
 * otherwise ("Georgia" is not Georgia, Vermont); a region named like its own
 * capital ("Khabarovsk", "Moscow") is the city; a county named by a bare
 * stem needs its country in the article.
 */
function plausible(g: Gazetteer, m: ToponymMention, cands: number[], ctx: Context): number[] {
  const fcs = cands.map((r) => g.d.featureCode[r]!);
  const seats = new Set<string>();
  if (!m.viaStem) cands.forEach((r, i) => { if (fcs[i] === 'PPLA' || fcs[i] === 'PPLC') seats.add(`${g.d.country[r]}.${g.d.admin1[r]}`); });
  // A first-level region abroad that nothing else in the article points to
  // ("Berea" in Lesotho, "Hanover" in Jamaica) does not outweigh the towns.
  const bigRegions = new Set<string>();
  const big = !m.viaStem && cands.some((r, i) => {
    const f = fcs[i]!;
    // (… or a region as populous as a country, whatever the article: "England", "Punjab".)
    const region = f === 'ADM1' && (countryEvidence(ctx, g.d.country[r]!, m.key) > 0 || g.d.population[r]! >= BIG_REGION_POPULATION);
    if (region) bigRegions.add(`${g.d.country[r]}.${g.d.admin1[r]}`);
    return f === 'PCLI' || f === 'PCLD' || f === 'CONT' || f === 'RGN' || region;
  });
  // The exception below is for towns named like a country; a town named like
  // a state loses to the state ("Oregon", "California").
  const countryHasEvidence = fcs.includes('ADM1')
    || cands.some((r, i) => (fcs[i] === 'PCLI' || fcs[i] === 'PCLD') && countryEvidence(ctx, g.d.country[r]!, m.key) > 0);
  const out = cands.filter((r, i) => {
    const fc = fcs[i]!;
    const fineQualifier = m.qualifier?.rows.some((q) => !g.isCountry(q));
    if (fineQualifier) return true;
    // …unless the article names the town's state and nothing else points to
    // the country or state it shares its name with ("Palestine" in a Texas story).
    // (The region's own seat is the region's city, and stands in for it below: "Valparaíso" in a Chilean story.)
    if (fc.startsWith('PPL') && big && fc !== 'PPLC' && g.d.population[r]! < 500_000
      && !(fc === 'PPLA' && bigRegions.has(`${g.d.country[r]}.${g.d.admin1[r]}`))
      && !(admin1Evidence(ctx, `${g.d.country[r]}.${g.d.admin1[r]}`, m.key) && !countryHasEvidence)) return false;
    if (fc === 'ADM1' && seats.has(`${g.d.country[r]}.${g.d.admin1[r]}`)) return false;
    if (fc === 'ADM2' && m.viaStem && !countryEvidence(ctx, g.d.country[r]!, m.key)) return false;
    return true;
  });
  return out.length ? out : cands;
}

/** A populated place of under 20,000 that is no seat of government. */
function villageRow(g: Gazetteer, r: number): boolean {
  const fc = g.d.featureCode[r]!;
  return (fc === 'PPL' || fc === 'PPLL' || fc === 'PPLX') && g.d.population[r]! < 20000;
}

export function resolveToponyms(doc: Doc, g: Gazetteer, mentions: ToponymMention[]): Map<ToponymMention, Resolution> {
  const ctx = buildContext(doc, g, mentions);
  // One sense per name per article: mentions sharing a name and readings are
  // resolved together ("Kursk region", read as regions only, stays apart
  // from a bare "Kursk").
  const groups = new Map<string, ToponymMention[]>();
  for (const m of mentions) {
    if (m.part) continue;
    const k = `${m.key}|${m.rows[0]}|${m.rows.length}`;
    const a = groups.get(k);
    if (a) a.push(m); else groups.set(k, [m]);
  }
  interface Group {
    ms: ToponymMention[]; cands: number[]; base: Map<number, number>; pick: number; support: number;
    /** Per list of another name's readings, the nearest of them to each of cands (-1: none), by list. */
    nearest: Map<number[], Int32Array>;
  }
  const gs: Group[] = [];
  for (const ms of groups.values()) {
    const lead = ms.find((m) => m.qualifier) ?? ms[0]!;
    let cands = plausible(g, lead, lead.rows, ctx);
    if (cands.length > MAX_CANDIDATES) cands = [...cands].sort((a, b) => prior(g, b, false) - prior(g, a, false)).slice(0, MAX_CANDIDATES);
    const base = new Map<number, number>();
    for (const r of cands) base.set(r, prior(g, r, lead.viaStem || !!lead.weakRows?.has(r)) + contextScore(g, r, lead, ctx));
    gs.push({ ms, cands, base, pick: -1, support: 0, nearest: new Map() });
  }
  // Scores each reading; `others` holds, per other name, the readings that
  // may sit near this one (its nearest becomes an anchor).
  const choose = (gr: Group, others: number[][]) => {
    // The nearest reading in each list to each candidate. The lists of local readings are the
    // same arrays in both passes below, so their nearest readings are found once (kept by list).
    const nearestIn: Int32Array[] = [];
    for (const cands of others) {
      let near = gr.nearest.get(cands);
      if (!near) {
        near = new Int32Array(gr.cands.length);
        for (let ri = 0; ri < gr.cands.length; ri++) {
          const r = gr.cands[ri]!;
          let nearest = -1, dMin = Infinity;
          for (const c of cands) {
            if (c === r) continue;
            const d = approxKm(g, r, c);
            if (d < dMin) { dMin = d; nearest = c; }
          }
          near[ri] = nearest;
        }
        gr.nearest.set(cands, near);
      }
      nearestIn.push(near);
    }
    let best = -1, bestScore = -Infinity, bestLocal = 0;
    for (let ri = 0; ri < gr.cands.length; ri++) {
      const r = gr.cands[ri]!;
      const anchors: number[] = [];
      for (const near of nearestIn) if (near[ri]! >= 0) anchors.push(near[ri]!);
      const prox = anchors.length ? proximityScore(g, r, anchors) : 0;
      const s = gr.base.get(r)! + prox;
      if (s > bestScore) { bestScore = s; best = r; bestLocal = prox + localSupport(g, r, gr.ms[0]!, ctx); }
    }
    gr.pick = best; gr.support = bestLocal;
  };
  for (const gr of gs) choose(gr, []);
  // Proximity compares every name with every other: quadratic, so a text
  // with hundreds of distinct names (a gazetteer dump, a 50 MB file) keeps
  // the first-pass picks.
  if (gs.length > 1 && gs.length <= MAX_GROUPS_FOR_PROXIMITY) {
    // Each group's anchors: per other group, its candidate nearest to the
    // one being scored (spatial minimality: the article's places are near
    // each other), among local candidates; for groups with many readings
    // only the provisional pick, to bound the cost.
    const localCands = gs.map((gr) => gr.cands.filter((r) => isLocal(g, r)));
    for (let pass = 0; pass < 2; pass++) {
      const picks = gs.map((gr) => gr.pick);
      for (let i = 0; i < gs.length; i++) {
        const others: number[][] = [];
        for (let j = 0; j < gs.length; j++) {
          if (j === i) continue;
          const lc = localCands[j]!;
          if (lc.length && lc.length <= 40) others.push(lc);
          else if (picks[j]! >= 0 && isLocal(g, picks[j]!)) others.push([picks[j]!]);
        }
        choose(gs[i]!, others);
      }
    }
  }

  worldCapitals(g, gs);
  listsOfLikes(doc, g, gs);

  const out = new Map<ToponymMention, Resolution>();
  for (const gr of gs) {
    const r = gr.pick;
    if (r < 0) continue;
    // Weak evidence: a small town (or a county by a bare name) that nothing
    // in the article places (no "in", no state, no qualifier, no neighbour)
    // stays unresolved rather than pinned on the wrong continent.
    const fc = g.d.featureCode[r]!;
    const locative = gr.ms.some((m) => m.locative);
    const small = (fc.startsWith('PPL') && fc !== 'PPLC' && g.d.population[r]! < 20000) || (fc === 'ADM2' && gr.ms[0]!.viaStem);
    if (small && gr.support <= 0 && !(locative && gr.cands.length === 1)) continue;
    // A town abroad in a country the article never points to ("Obama",
    // Japan, in a story about the US president) needs at least an "in".
    // (… or a county or municipality, in an article that points to other countries: "Wagner arrives to protect
    // Niger's new leaders" is no district of Bahia. Articles that name no country at all, local news, keep theirs.)
    // (A name that says it is a division, "Darke County", is one wherever the article points.)
    const abroad = ((fc.startsWith('PPL') && fc !== 'PPLC' && g.d.population[r]! < 100_000)
      || (fc === 'ADM2' && pointsAbroad(ctx, g.d.country[r]!) && !gr.ms.some((m) => DIVISION_WORD.test(doc.text.slice(m.start, m.end)))))
      && !countryEvidence(ctx, g.d.country[r]!, gr.ms[0]!.key);
    if (abroad && gr.support <= 0 && !locative) continue;
    const res: Resolution = {
      row: r, name: g.d.name.at(r)!, lat: g.d.lat[r]!, lon: g.d.lon[r]!, featureCode: fc,
      ...(g.d.id[r] ? { geonameId: g.d.id[r]! } : {}), ...(g.d.country[r] ? { country: g.d.country[r]! } : {}),
    };
    for (const m of gr.ms) out.set(m, res);
  }
  for (const m of mentions) {
    if (!m.part) continue;
    const res = countryPart(g, m.part.country, m.part.direction, doc.text.slice(m.start, m.end));
    if (res) out.set(m, res);
  }
  return out;
}

/** How many times a namesake's population a capital has when its bare name means the capital. */
const CAPITAL_OVER_NAMESAKE = 10;

/**
 * "the Paris climate agreement", "the attacks in Paris": a country's capital named bare is the capital, not
 * a town many times smaller that only the article's country points to (Paris, Texas, in an article about
 * American politics). What places the town itself keeps it: its state named, a qualifier ("Paris, Ky."),
 * a neighbour the article names.
 */
function worldCapitals(g: Gazetteer, gs: Array<{ cands: number[]; pick: number; support: number }>): void {
  for (const gr of gs) {
    const r = gr.pick;
    // (Support counts neighbours too: "Santiago" near Manila is the Philippine town, not Chile's capital. Tried
    // without them, LGL lost 26 correct readings of that kind.)
    if (r < 0 || gr.support > 0 || !g.d.featureCode[r]!.startsWith('PPL') || g.d.featureCode[r] === 'PPLC') continue;
    const capital = gr.cands.find((c) => g.d.featureCode[c] === 'PPLC' && g.d.population[c]! >= CAPITAL_OVER_NAMESAKE * Math.max(1, g.d.population[r]!));
    if (capital !== undefined) { gr.pick = capital; gr.support = 0; }
  }
}

/** Feature levels whose names a list keeps together. */
const LIST_LEVELS = ['PCLI', 'ADM1'];

/**
 * "Oregon, Tennessee, Utah, Virginia, Washington, West Virginia and Wyoming": a name listed between
 * states is a state, between countries a country ("Georgia" after "Armenia, Azerbaijan"), whatever
 * town its neighbours would otherwise place it near. A list is names joined by commas, "and", "or".
 */
function listsOfLikes(doc: Doc, g: Gazetteer, gs: Array<{ ms: ToponymMention[]; cands: number[]; pick: number }>): void {
  if (gs.length < 2) return;
  const level = (r: number) => { const fc = g.d.featureCode[r]!; return fc === 'PCLD' ? 'PCLI' : fc; };
  // (Most articles list no states or countries beside a town read otherwise: one pass over the picks.)
  let likes = 0, others = 0;
  for (const gr of gs) if (gr.pick >= 0) { if (LIST_LEVELS.includes(level(gr.pick))) likes++; else others++; }
  if (!likes || !others) return;
  const T = doc.tokens;
  const groupOf = new Map<ToponymMention, (typeof gs)[number]>();
  const all: ToponymMention[] = [];
  for (const gr of gs) for (const m of gr.ms) { groupOf.set(m, gr); all.push(m); }
  all.sort((a, b) => a.first - b.first);
  const joined = (a: ToponymMention, b: ToponymMention) => {
    const gap = b.first - a.last;
    if (gap < 1 || gap > 2) return false;
    for (let k = a.last; k < b.first; k++) if (!/^(?:,|and|or)$/.test(T[k]!.lower)) return false;
    return true;
  };
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!, gr = groupOf.get(m)!;
    if (gr.pick < 0 || LIST_LEVELS.includes(level(gr.pick))) continue;
    // The levels its listed neighbours were read at, when they are of one level.
    const around = [all[i - 1] && joined(all[i - 1]!, m) ? all[i - 1] : undefined, all[i + 1] && joined(m, all[i + 1]!) ? all[i + 1] : undefined]
      .filter((x): x is ToponymMention => !!x).map((x) => groupOf.get(x)!.pick).filter((r) => r >= 0);
    if (!around.length) continue;
    const lv = level(around[0]!);
    if (!LIST_LEVELS.includes(lv) || !around.every((r) => level(r) === lv)) continue;
    const like = gr.cands.filter((r) => level(r) === lv && (lv === 'PCLI' || around.some((a) => g.d.country[a] === g.d.country[r])));
    if (like.length === 1) gr.pick = like[0]!;
  }
}

/** The centre of a country's towns lying in one direction ("Russia's Far East"). */
function countryPart(g: Gazetteer, cc: string, dir: Direction, label: string): Resolution | undefined {
  // Sorting a large country's towns took ~14 ms a mention ("eastern Germany" five times in one article): one centre per country and direction.
  const key = `${cc} ${dir}`;
  let centre = PART_CENTRES.get(key);
  if (centre === undefined) PART_CENTRES.set(key, (centre = partCentre(g, cc, dir)));
  if (centre === null) return undefined;
  const country = g.countryRow(cc);
  const label2 = label.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return {
    row: -1, name: `${label2}, ${country !== undefined ? g.d.name.at(country) : cc}`,
    lat: centre.lat, lon: centre.lon, country: cc, featureCode: 'RGN',
  };
}
const PART_CENTRES = new Map<string, { lat: number; lon: number } | null>();

function partCentre(g: Gazetteer, cc: string, dir: Direction): { lat: number; lon: number } | null {
  const rows = g.populatedIn(cc);
  if (rows.length < 10) return null;
  const lats = rows.map((r) => g.d.lat[r]!).sort((a, b) => a - b);
  const lons = rows.map((r) => g.d.lon[r]!).sort((a, b) => a - b);
  const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
  const [latLo, latHi, lonLo, lonHi] = [q(lats, 0.01), q(lats, 0.99), q(lons, 0.01), q(lons, 0.99)];
  const far = dir.startsWith('far ');
  const cut = far ? 0.75 : 0.6;
  const base = dir.replace('far ', '');
  const inPart = (r: number) => {
    const y = (g.d.lat[r]! - latLo) / (latHi - latLo || 1), x = (g.d.lon[r]! - lonLo) / (lonHi - lonLo || 1);
    return (!base.includes('north') || y >= cut) && (!base.includes('south') || y <= 1 - cut)
      && (!base.includes('east') || x >= cut) && (!base.includes('west') || x <= 1 - cut);
  };
  const sel = rows.filter(inPart);
  if (!sel.length) return null;
  const med = (xs: number[]) => { const s = xs.sort((a, b) => a - b); return s[s.length >> 1]!; };
  return { lat: med(sel.map((r) => g.d.lat[r]!)), lon: med(sel.map((r) => g.d.lon[r]!)) };
}
