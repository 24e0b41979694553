/**
 * Article inputs: a .txt or .html file, stdin ("-"), or a folder of them.
 * Every way an input can be unreadable ends in an InputError naming the file
 * and the reason, so the CLI can report it on one line and go on.
 */
import { closeSync, openSync, readdirSync, readSync, statSync, fstatSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ArticleMeta } from '../doc/doc.js';
import { InputError } from './errors.js';
import { MAX_INPUT_BYTES, assertMostlyText, checkSize, decodeText, formatBytes, sniffBom } from './decode.js';
import { decodeHtml, readHtml } from './html.js';

export interface ArticleInput {
  text: string;
  meta: ArticleMeta;
}

export type InputKind = 'text' | 'html';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'];

const kindByExtension = (path: string): InputKind | null => {
  const ext = extname(path).toLowerCase();
  return ext === '.html' || ext === '.htm' || ext === '.xhtml' ? 'html' : ext === '.txt' ? 'text' : null;
};

/** Does this look like markup? Only the first bytes matter: an HTML page says so at once. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const bom = sniffBom(bytes);
  let head: string;
  if (bom && bom.encoding !== 'utf-8') head = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length, 2048));
  else head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  return /^\s*(?:\ufeff|\xef\xbb\xbf)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6]|header|figure|blockquote|table|ul|ol)\b/i.test(head);
}

/** Bytes of one article to text and metadata; `kind` from the extension, else sniffed. */
export function articleFromBytes(file: string, bytes: Uint8Array, kind: InputKind | null = null): ArticleInput {
  checkSize(file, bytes.length);
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  const k = kind ?? (looksLikeHtml(bytes) ? 'html' : 'text');
  let text: string;
  let meta: ArticleMeta = { origin: file };
  if (k === 'html') {
    const page = readHtml(file, decodeHtml(file, bytes));
    text = page.text;
    meta = { ...page.meta, origin: file };
  } else {
    text = decodeText(file, bytes);
    assertMostlyText(file, text);
    // The text stays exactly as decoded (CRLF included): ledger offsets must
    // point into the file as any UTF-8 reader sees it, e.g. the scorers.
  }
  if (!text.trim()) throw new InputError(file, k === 'html' ? 'no article text found in the HTML page' : 'empty file (only white space)');
  return { text, meta };
}

/** Reads a file, refusing anything over the size limit before reading it. */
function readBytes(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw fsError(path, e);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError(path, 'is a folder (pass it alone to read the articles in it)');
    checkSize(path, st.size);
    return readAll(path, fd, st.size);
  } catch (e) {
    throw e instanceof InputError ? e : fsError(path, e);
  } finally {
    closeSync(fd);
  }
}

/**
 * All bytes of an open file, pipe or socket, stopping one byte past the
 * limit: a file that grows while we read, or a pipe with no size, is still
 * refused without reading it all.
 */
function readAll(name: string, fd: number, sizeHint: number): Uint8Array {
  let chunk = Buffer.allocUnsafe(Math.min(sizeHint || 65536, MAX_INPUT_BYTES) + 1);
  let length = 0;
  for (;;) {
    if (length === chunk.length) {
      if (chunk.length > MAX_INPUT_BYTES) throw new InputError(name, `too large (over ${formatBytes(MAX_INPUT_BYTES)}); hearsay reads articles up to ${formatBytes(MAX_INPUT_BYTES)}`);
      const bigger = Buffer.allocUnsafe(Math.min(chunk.length * 2, MAX_INPUT_BYTES + 1));
      chunk.copy(bigger, 0, 0, length);
      chunk = bigger;
    }
    let n: number;
    try {
      n = readSync(fd, chunk, length, chunk.length - length, null);
    } catch (e) {
      // A non-blocking stdin (a pipe another program has not filled yet):
      // wait a moment and try again rather than fail.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); continue; }
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    length += n;
  }
  return chunk.subarray(0, length);
}

/** Node's fs errors as a reason a person understands. */
function fsError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const reason = code === 'ENOENT' ? 'no such file or folder'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'is a folder'
    : code === 'ENOTDIR' ? 'a part of the path is not a folder'
    : code === 'EAGAIN' ? 'cannot read it without blocking'
    : `cannot read it (${code ?? (e instanceof Error ? e.message : String(e))})`;
  return new InputError(path, reason);
}

export function readArticleFile(path: string): ArticleInput {
  return articleFromBytes(path, readBytes(path), kindByExtension(path));
}

/** "-" reads stdin (HTML or text, sniffed); anything else is a file path. */
export function readArticleInput(pathOrDash: string): ArticleInput {
  if (pathOrDash !== '-') return readArticleFile(pathOrDash);
  let bytes: Uint8Array;
  try {
    // fd 0, not /dev/stdin: that cannot be opened when stdin is a socket.
    bytes = readAll('-', 0, 0);
  } catch (e) {
    throw e instanceof InputError ? e : fsError('-', e);
  }
  return articleFromBytes('-', bytes);
}

/**
 * The article files the user's arguments stand for: files as given (any
 * extension; their content decides), folders expanded to their .txt/.html
 * files in name order. Problems become InputErrors in the list, in place, so
 * a batch reports them and carries on with the rest.
 */
export function expandInputs(args: string[]): Array<string | InputError> {
  const out: Array<string | InputError> = [];
  for (const arg of args) {
    if (arg === '-') { out.push(arg); continue; }
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch (e) {
      out.push(fsError(arg, e));
      continue;
    }
    if (!isDir) { out.push(arg); continue; }
    let names: string[];
    try {
      names = readdirSync(arg);
    } catch (e) {
      out.push(fsError(arg, e));
      continue;
    }
    const articles = names
      .filter((n) => ARTICLE_EXTENSIONS.includes(extname(n).toLowerCase()) && !n.startsWith('.'))
      .sort()
      .map((n) => join(arg, n))
      .filter((p) => { try { return statSync(p).isFile(); } catch { return false; } });
    if (!articles.length) out.push(new InputError(arg, `folder holds no articles (no ${ARTICLE_EXTENSIONS.join(', ')} files)`));
    else out.push(...articles);
  }
  return out;
}

/** The name batch outputs take from an input: "dir/report.html" -> "report"; stdin -> "stdin". */
export function outputName(input: string): string {
  if (input === '-') return 'stdin';
  const base = basename(input);
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}
