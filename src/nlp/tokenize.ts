/**
 * The 'tokenize' pipeline component: sentences, tokens, POS and lemmas from
 * our own tokenizer and tagger (./fast), trained on wink-nlp's output
 * (wink-tokenize.ts) and ~5× faster than wink at run time.
 */
import { register } from '../pipeline/registry.js';
import { tokenizeFast } from './fast/index.js';

export const tokenize = tokenizeFast;

register({ name: 'tokenize', run: tokenize });
