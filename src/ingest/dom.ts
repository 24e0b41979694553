/**
 * linkedom and @mozilla/readability, loaded the first time a page or a feed
 * is read rather than when hearsay starts: linkedom alone takes ~90 ms to
 * load, more than analysing an article, and most runs (a text file, a JSONL
 * corpus, a query) never parse HTML. `require` because the readers that use
 * them are synchronous; both packages ship CommonJS builds.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let linkedom: typeof import('linkedom') | undefined;
let readability: typeof import('@mozilla/readability') | undefined;

export const loadLinkedom = (): typeof import('linkedom') => (linkedom ??= require('linkedom') as typeof import('linkedom'));
export const loadReadability = (): typeof import('@mozilla/readability') =>
  (readability ??= require('@mozilla/readability') as typeof import('@mozilla/readability'));
