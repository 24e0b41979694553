/**
 * The text of an HTML fragment as the pipeline wants it: one line per block
 * (paragraph, heading, list item, quote), white space inside a block
 * collapsed. The tokenizer ends a sentence at every line break, so getting
 * blocks right is what gets sentences and paragraphs right.
 */

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul',
  'caption', 'body', 'html',
]);

/** Never reader-visible text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'select', 'button', 'textarea']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function blockText(root: DomNode, skip: ReadonlySet<string> = SKIP): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    // \s covers no-break spaces too: inside a paragraph every run of white
    // space is one space, so no stray line break splits a sentence.
    const p = buffer.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    buffer = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) { buffer += node.textContent ?? ''; return; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (skip.has(tag)) return;
    if (tag === 'br') { flush(); return; }
    const block = BLOCK.has(tag);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) visit(kids[i]!);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs.join('\n');
}
