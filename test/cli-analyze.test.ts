/**
 * The built CLI as a user runs it (`node dist/cli/main.js`, so `npm test`
 * builds first): outputs, batches, and every bad input of issue 2 — one
 * line on stderr naming the file and the reason, a non-zero exit, no stack.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newsPage, PLAIN_ARTICLE, tempDir, write } from './fixtures/articles.js';
import { runAnalyze, type Io } from '../src/cli/analyze.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const ANSI = /\x1b\[[0-9;]*m/;

interface Run { status: number | null; stdout: string; stderr: string }

function hearsay(args: string[], opts: { input?: string | Uint8Array; env?: Record<string, string> } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR']) if (!opts.env || !(k in opts.env)) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input: opts.input, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** stderr is exactly the given one-line errors, with no trace of a stack. */
function assertOneLineErrors(r: Run, expected: RegExp[]): void {
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, expected.length, `stderr: ${r.stderr}`);
  expected.forEach((re, i) => assert.match(lines[i]!, re));
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
}

const dir = tempDir('hearsay-cli-');
after(() => rmSync(dir, { recursive: true, force: true }));

test('the CLI is built', () => assert.ok(existsSync(CLI), 'run npm run build first'));

describe('bad input: one line naming the file and the reason, exit 1', () => {
  const emptyFolder = join(dir, 'empty-folder');
  mkdirSync(emptyFolder);
  write(emptyFolder, 'notes.md', 'not an article');
  const cases: Array<[string, string, RegExp]> = [
    ['an empty file', write(dir, 'empty.txt', ''), /: empty file$/],
    ['a folder with no articles', emptyFolder, /: folder holds no articles/],
    ['binary data', write(dir, 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /: binary data \(looks like a PNG image\)/],
    ['a 50 MB text', write(dir, 'huge.txt', 'Officials said the bridge was closed. '.repeat(1_400_000)), /: too large \(50\.\d MB\); hearsay reads articles up to 20\.0 MB$/],
    ['invalid UTF-8', write(dir, 'latin1.txt', Buffer.from('Le ministre a déclaré que le pont était fermé.', 'latin1')), /: not valid UTF-8 at byte 15\b/],
    ['an HTML page with no article text', write(dir, 'nav.html', '<!doctype html><html><body><nav><a href="/">Home</a></nav><footer>(c)</footer></body></html>'), /: no article text found in the HTML page$/],
    ['a file that does not exist', join(dir, 'missing.txt'), /: no such file or folder$/],
  ];
  for (const [what, file, reason] of cases) {
    test(what, () => {
      const t0 = Date.now();
      const r = hearsay(['analyze', file]);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assertOneLineErrors(r, [new RegExp(`^hearsay: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${reason.source}`)]);
      assert.ok(Date.now() - t0 < 30_000, 'no hang');
    });
  }
});

describe('outputs', () => {
  const article = write(dir, 'flood.txt', PLAIN_ARTICLE);
  const page = write(dir, 'pier.html', newsPage());

  test('--json prints the ledger of the contract, the text as read', () => {
    const r = hearsay(['analyze', '--json', article]);
    assert.equal(r.status, 0, r.stderr);
    const ledger = JSON.parse(r.stdout);
    assert.equal(ledger.schema, 'hearsay/ledger@1');
    assert.equal(ledger.article.text, PLAIN_ARTICLE);
    for (const k of ['sentences', 'entities', 'sources', 'attributions', 'claims']) assert.ok(Array.isArray(ledger[k]), k);
    assert.match(r.stdout, /^\{\n {2}"schema"/, 'pretty-printed');
  });

  test('an HTML page brings its metadata into the ledger', () => {
    const ledger = JSON.parse(hearsay(['analyze', '--format', 'json', page]).stdout);
    assert.equal(ledger.article.title, 'Old pier to be demolished after supports crack');
    assert.equal(ledger.article.publisher, 'Westmoor Courier');
    assert.equal(ledger.article.published, '2023-09-04');
    assert.match(ledger.article.text, /^The harbour authority in Westmoor/);
  });

  test('stdin: "-" reads text or HTML', () => {
    const text = hearsay(['analyze', '--json', '-'], { input: PLAIN_ARTICLE });
    assert.equal(text.status, 0, text.stderr);
    assert.equal(JSON.parse(text.stdout).article.text, PLAIN_ARTICLE);
    const html = hearsay(['analyze', '--json', '-'], { input: newsPage() });
    assert.equal(JSON.parse(html.stdout).article.publisher, 'Westmoor Courier');
    const empty = hearsay(['analyze', '-'], { input: '' });
    assert.equal(empty.status, 1);
    assertOneLineErrors(empty, [/^hearsay: -: empty file$/]);
  });

  test('several inputs without --out: JSON Lines, one ledger a line', () => {
    const r = hearsay(['analyze', '--json', article, page]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.deepEqual(lines.map((l) => JSON.parse(l).article.text.slice(0, 8)), ['Flooding', 'The harb']);
  });

  test('terminal view: grouped claims, no colour when piped or under NO_COLOR, colour when forced', () => {
    const piped = hearsay(['analyze', article]);
    assert.equal(piped.status, 0, piped.stderr);
    assert.match(piped.stdout, /^flood\.txt|Flooding/m);
    assert.match(piped.stdout, /\d+ sentences · \d+ sources? · \d+ claims?/);
    assert.doesNotMatch(piped.stdout, ANSI);
    assert.match(hearsay(['analyze', article], { env: { FORCE_COLOR: '1' } }).stdout, ANSI);
    assert.doesNotMatch(hearsay(['analyze', article], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, ANSI);
    assert.doesNotMatch(hearsay(['analyze', '--no-color', article], { env: { FORCE_COLOR: '1' } }).stdout, ANSI);
  });

  test('terminal view of several inputs: one after another, each under a header', () => {
    const r = hearsay(['analyze', article, page]);
    assert.equal(r.status, 0, r.stderr);
    const headers = r.stdout.split('\n').filter((l) => l.startsWith('── '));
    assert.deepEqual(headers.map((h) => h.split(' ')[1]), [article, page]);
  });

  test('--format brat|html|geojson|csv --out DIR writes <name>.ann|.html|.geojson|.csv', () => {
    const out = join(dir, 'out-formats');
    for (const [format, ext] of [['brat', '.ann'], ['html', '.html'], ['geojson', '.geojson'], ['csv', '.csv']] as const) {
      const r = hearsay(['analyze', '--format', format, '--out', out, article, page]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
      for (const name of ['flood', 'pier']) assert.ok(existsSync(join(out, name + ext)), `${name}${ext}`);
    }
    const ann = readFileSync(join(out, 'flood.ann'), 'utf8');
    for (const line of ann.split('\n').filter(Boolean)) assert.match(line, /^(T\d+\t(Source|Cue|Content|Attribution) \d+ \d+(;\d+ \d+)*\t|E\d+\t)/);
    const report = readFileSync(join(out, 'pier.html'), 'utf8');
    assert.match(report, /<title>hearsay · Old pier to be demolished after supports crack<\/title>/);
    assert.doesNotMatch(report, /<script/i);
    const geo = JSON.parse(readFileSync(join(out, 'pier.geojson'), 'utf8'));
    assert.equal(geo.type, 'FeatureCollection');
  });
});

describe('batches', () => {
  test('a bad file is reported and skipped, the others are written, exit 1 says some failed', () => {
    const input = join(dir, 'batch-in');
    mkdirSync(input);
    write(input, 'a-flood.txt', PLAIN_ARTICLE);
    write(input, 'b-broken.txt', Buffer.from([0x66, 0x6f, 0x6f, 0xff, 0xfe, 0x00]));
    write(input, 'c-pier.html', newsPage());
    const out = join(dir, 'batch-out');
    const r = hearsay(['analyze', '--json', '--out', out, input, join(dir, 'no-such.txt')]);
    assert.equal(r.status, 1);
    assertOneLineErrors(r, [
      new RegExp(`^hearsay: ${join(input, 'b-broken.txt')}: binary data`),
      new RegExp(`^hearsay: ${join(dir, 'no-such.txt')}: no such file or folder$`),
      /^hearsay: 2 of 4 files failed$/,
    ]);
    assert.deepEqual(readdirSync(out).sort(), ['a-flood.json', 'c-pier.json']);
    assert.equal(JSON.parse(readFileSync(join(out, 'a-flood.json'), 'utf8')).article.text, PLAIN_ARTICLE);
  });

  test('two inputs that would write the same output file: the second is refused', () => {
    const a = join(dir, 'same');
    mkdirSync(a);
    write(a, 'story.txt', PLAIN_ARTICLE);
    write(a, 'story.html', newsPage());
    const out = join(dir, 'same-out');
    const r = hearsay(['analyze', '--json', '--out', out, a]);
    assert.equal(r.status, 1);
    assertOneLineErrors(r, [/story\.txt: its output .*story\.json would overwrite the one from .*story\.html/, /^hearsay: 1 of 2 files failed$/]);
  });

  test('usage mistakes are one line too', () => {
    const article = write(dir, 'u.txt', PLAIN_ARTICLE);
    const several = hearsay(['analyze', '--format', 'brat', article, article]);
    assert.equal(several.status, 1);
    assertOneLineErrors(several, [/^hearsay: --format brat with several inputs needs --out DIR/]);
    const clash = hearsay(['analyze', '--json', '--format', 'html', article]);
    assert.equal(clash.status, 1);
    assertOneLineErrors(clash, [/^hearsay: --json and --format html disagree/]);
    const unknown = hearsay(['analyze', '--format', 'pdf', article]);
    assert.notEqual(unknown.status, 0);
    assert.match(unknown.stderr, /Allowed choices are terminal, json, brat, html, geojson, csv/);
  });

  test('--help teaches by example', () => {
    const r = hearsay(['analyze', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Examples:\n {2}\$ hearsay analyze examples\//);
    assert.match(r.stdout, /--out <dir>/);
  });
});

describe('progress', () => {
  function fakeIo(stderrIsTTY: boolean): Io & { progressLog: string[]; errors: string[] } {
    const progressLog: string[] = [], errors: string[] = [];
    return {
      progressLog, errors,
      out: () => {}, err: (s) => { errors.push(s); }, progress: (s) => { progressLog.push(s); },
      stdoutInfo: { isTTY: false }, stderrInfo: { isTTY: stderrIsTTY },
    };
  }
  const input = join(dir, 'progress-in');
  mkdirSync(input);
  for (const n of ['a', 'b', 'c', 'd']) write(input, `${n}.txt`, PLAIN_ARTICLE);

  test('a long batch shows "[n/total] file" on a terminal, and clears it at the end', () => {
    const io = fakeIo(true);
    assert.equal(runAnalyze([input], { json: true, out: join(dir, 'progress-out') }, io), 0);
    assert.deepEqual(io.progressLog.filter((s) => /\[\d+\/\d+\]/.test(s)).map((s) => s.match(/\[(\d+\/\d+)\]/)![1]), ['1/4', '2/4', '3/4', '4/4']);
    assert.equal(io.progressLog.at(-1), '\r\x1b[K');
    assert.deepEqual(io.errors, []);
  });

  test('no progress when stderr is not a terminal', () => {
    const io = fakeIo(false);
    assert.equal(runAnalyze([input], { json: true, out: join(dir, 'progress-out2') }, io), 0);
    assert.deepEqual(io.progressLog, []);
  });
});

test('a text mostly in another alphabet is analysed with a one-line warning, not an error', () => {
  const r = hearsay(['analyze', '-', '--json'], { input: 'Министр сказал журналистам, что войска отошли от границы.\n' });
  assert.equal(r.status, 0, r.stderr);
  assertOneLineErrors(r, [/^hearsay: stdin: .*not in the Latin alphabet.*English/]);
  assert.equal(JSON.parse(r.stdout).schema, 'hearsay/ledger@1');
});

test('the HTML parser is loaded only for a page: a text file is read without it, a page with it', () => {
  // linkedom takes longer to load than an article takes to analyse (src/ingest/dom.ts).
  const txt = write(dir, 'lazy.txt', PLAIN_ARTICLE);
  const html = write(dir, 'lazy.html', newsPage());
  // A static import of linkedom would fail to resolve under this hook; a lazy require shows in require's cache.
  write(dir, 'no-esm-linkedom.mjs', "export async function resolve(s, c, next) { if (s === 'linkedom') throw new Error('linkedom imported'); return next(s, c); }");
  const hooks = write(dir, 'register.mjs', "import { register } from 'node:module'; register('./no-esm-linkedom.mjs', import.meta.url);");
  const loaded = (file: string): string => {
    const r = spawnSync(process.execPath, ['--import', hooks, '--input-type=module', '-e', `
      import { readArticleFile } from ${JSON.stringify(join(ROOT, 'dist', 'ingest', 'read.js'))};
      import { createRequire } from 'node:module';
      readArticleFile(${JSON.stringify(file)});
      console.log(Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('linkedom')));`], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  };
  assert.equal(loaded(txt), 'false');
  assert.equal(loaded(html), 'true');
});
