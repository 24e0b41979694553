/**
 * HOOK, MINIMAL PLACEHOLDER written by the inputs/CLI engineer: the geo
 * teammate owns this file and replaces it with the offline world map
 * (world-atlas + d3-geo SVG, a pin per place, the claims about each place).
 *
 * Contract used by src/export/html.ts: return inline SVG markup (no external
 * requests, every text escaped), or '' for "no map" — the HTML report then
 * shows only the list of places.
 */
import type { Ledger } from '../ledger/types.js';

export function mapSvg(ledger: Ledger): string {
  void ledger;
  return '';
}
