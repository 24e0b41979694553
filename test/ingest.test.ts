import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, openSync, closeSync, ftruncateSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromBytes, expandInputs, looksLikeHtml, outputName, readArticleFile } from '../src/ingest/read.js';
import { InputError } from '../src/ingest/errors.js';
import { firstInvalidUtf8, MAX_INPUT_BYTES } from '../src/ingest/decode.js';
import { isoDate } from '../src/ingest/html-meta.js';
import { encodeWindows1251, newsPage, PLAIN_ARTICLE, tempDir, write } from './fixtures/articles.js';

const dir = tempDir();
after(() => rmSync(dir, { recursive: true, force: true }));

/** Asserts `fn` throws an InputError about `file` whose reason matches `reason`, on one line. */
function refuses(fn: () => unknown, file: string, reason: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof InputError, `expected InputError, got ${String(e)}`);
    assert.equal(e.file, file);
    assert.match(e.reason, reason);
    assert.doesNotMatch(e.message, /\n/);
    return true;
  });
}

describe('plain text decoding', () => {
  test('UTF-8, with and without a byte-order mark', () => {
    const plain = write(dir, 'plain.txt', PLAIN_ARTICLE);
    const bom = write(dir, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAIN_ARTICLE)]));
    assert.equal(readArticleFile(plain).text, PLAIN_ARTICLE);
    assert.equal(readArticleFile(bom).text, PLAIN_ARTICLE, 'the BOM is not part of the text');
    assert.equal(readArticleFile(plain).meta.origin, plain);
  });

  test('UTF-16 little- and big-endian with a byte-order mark', () => {
    const text = 'Чиновники заявили: «мост закрыт». Officials said the bridge is closed — for now.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    assert.equal(readArticleFile(write(dir, 'le.txt', le)).text, text);
    assert.equal(readArticleFile(write(dir, 'be.txt', be)).text, text);
  });

  test('line breaks are kept as they are, so offsets match the file', () => {
    const crlf = 'First paragraph here.\r\nSecond paragraph here.';
    assert.equal(readArticleFile(write(dir, 'crlf.txt', crlf)).text, crlf);
  });

  test('invalid UTF-8 is refused with the offset of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('Officials said the café was '), Buffer.from([0xe9]), Buffer.from(' closed.')]);
    const file = write(dir, 'latin1.txt', bytes);
    refuses(() => readArticleFile(file), file, /^not valid UTF-8 at byte 29\b/);
  });

  test('firstInvalidUtf8 finds overlongs, surrogates and truncated sequences', () => {
    assert.equal(firstInvalidUtf8(Buffer.from('ok ✓ 𝄞')), -1);
    assert.equal(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80])), 1, 'overlong NUL');
    assert.equal(firstInvalidUtf8(Uint8Array.from([0x61, 0xed, 0xa0, 0x80])), 1, 'UTF-16 surrogate');
    assert.equal(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82])), 2, 'cut off at the end');
  });
});

describe('bad inputs: one reason each', () => {
  test('an empty file, and a file of white space', () => {
    const empty = write(dir, 'empty.txt', '');
    const blank = write(dir, 'blank.txt', ' \n\t\r\n ');
    refuses(() => readArticleFile(empty), empty, /^empty file$/);
    refuses(() => readArticleFile(blank), blank, /^empty file \(only white space\)$/);
  });

  test('binary data: NUL bytes, control characters, known binary formats', () => {
    const nul = write(dir, 'nul.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
    refuses(() => readArticleFile(nul), nul, /^binary data \(a NUL byte at byte 2\)/);
    const controls = write(dir, 'controls.txt', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x07))));
    refuses(() => readArticleFile(controls), controls, /^binary data \(\d+% control characters\)/);
    const pdf = write(dir, 'paper.txt', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
    refuses(() => readArticleFile(pdf), pdf, /binary data \(looks like a PDF document\)/);
  });

  test('a 50 MB text is refused at once, without reading it', () => {
    const big = join(dir, 'huge.txt');
    // A sparse file: 50 MB on paper, nothing on disk, and it would take
    // seconds to read if the size check came too late.
    const fd = openSync(big, 'w');
    writeSync(fd, 'Officials said ');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const t0 = process.hrtime.bigint();
    refuses(() => readArticleFile(big), big, /^too large \(50\.0 MB\); hearsay reads articles up to 20\.0 MB$/);
    assert.ok(Number(process.hrtime.bigint() - t0) / 1e6 < 200, 'refused quickly');
    refuses(() => articleFromBytes('-', new Uint8Array(MAX_INPUT_BYTES + 1)), '-', /^too large/);
  });

  test('a file that does not exist, and a folder given as a file', () => {
    refuses(() => readArticleFile(join(dir, 'missing.txt')), join(dir, 'missing.txt'), /^no such file or folder$/);
    const sub = join(dir, 'a-folder');
    mkdirSync(sub, { recursive: true });
    refuses(() => readArticleFile(sub), sub, /^is a folder/);
  });

  test('an HTML page with no article text', () => {
    const page = write(dir, 'login.html', '<!doctype html><html><head><title>Sign in</title></head><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><form><input name="u"><button>Sign in</button></form><footer>© 2024</footer></body></html>');
    refuses(() => readArticleFile(page), page, /^no article text found in the HTML page$/);
    const blank = write(dir, 'blank.html', '<html><body>   </body></html>');
    refuses(() => readArticleFile(blank), blank, /^no article text found/);
  });

  test('an HTML page that declares a charset nobody knows', () => {
    const page = write(dir, 'odd.html', newsPage({ charset: 'x-klingon-8' }));
    refuses(() => readArticleFile(page), page, /declares a charset hearsay does not know: "x-klingon-8"/);
  });
});

describe('HTML pages', () => {
  test('main text by Readability: navigation and footer dropped, one line per paragraph', () => {
    const { text } = readArticleFile(write(dir, 'pier.html', newsPage()));
    const lines = text.split('\n');
    assert.match(lines[0]!, /^The harbour authority in Westmoor said on Monday/);
    // White space inside a paragraph (a line break in the markup) is one space.
    assert.match(text, /two of the pier's main supports had cracked, according to a report/);
    assert.ok(lines.includes('Demolition starts in April.'), 'list items are their own lines');
    assert.doesNotMatch(text, /Home|Subscribe|Copyright/);
    assert.ok(lines.every((l) => l.trim() === l && l.length > 0));
  });

  test('metadata from <meta>, Open Graph and the canonical link', () => {
    const { meta } = readArticleFile(write(dir, 'pier-meta.html', newsPage()));
    assert.equal(meta.title, 'Old pier to be demolished after supports crack');
    assert.equal(meta.publisher, 'Westmoor Courier');
    assert.equal(meta.byline, 'Sam Keller', '"By" is not part of the name');
    // The publisher's own calendar day, not the UTC one (it is already the 5th in UTC).
    assert.equal(meta.published, '2023-09-04');
    assert.equal(meta.url, 'https://courier.example/pier');
  });

  test('JSON-LD NewsArticle wins over the other vocabularies, @graph and author lists included', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Not this' },
        { '@type': ['NewsArticle'], headline: 'Pier demolition approved', datePublished: '2023-09-05T08:00:00Z',
          author: [{ '@type': 'Person', name: 'Sam Keller' }, { '@type': 'Person', name: 'Jo Brandt' }],
          publisher: { '@type': 'Organization', name: 'The Westmoor Courier' }, url: 'https://courier.example/pier-ld' },
      ],
    });
    const head = `<script type="application/ld+json">{ broken json</script><script type="application/ld+json">${ld}</script>`;
    const { meta } = readArticleFile(write(dir, 'pier-ld.html', newsPage({ head })));
    assert.equal(meta.title, 'Pier demolition approved');
    assert.equal(meta.byline, 'Sam Keller, Jo Brandt');
    assert.equal(meta.publisher, 'The Westmoor Courier');
    assert.equal(meta.published, '2023-09-05');
    assert.equal(meta.url, 'https://courier.example/pier', 'the canonical link is the address of record');
  });

  test('a windows-1251 page is decoded as it declares, by <meta charset> or http-equiv', () => {
    const body = '<p>Власти города заявили в понедельник, что старый мост будет закрыт на ремонт до конца года.</p><p>«Мост небезопасен», — сказал главный инженер Пётр Орлов. Жители считают, что решение было принято слишком поздно.</p>';
    const viaCharset = encodeWindows1251(newsPage({ charset: 'windows-1251', body }));
    const httpEquiv = encodeWindows1251(newsPage({ head: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', body }));
    for (const [name, bytes] of [['cp1251-charset.html', viaCharset], ['cp1251-equiv.html', httpEquiv]] as const) {
      const { text } = readArticleFile(write(dir, name, bytes));
      assert.match(text, /^Власти города заявили в понедельник/);
      assert.match(text, /«Мост небезопасен», — сказал главный инженер Пётр Орлов\./);
    }
  });

  test('an HTML page without a charset must be UTF-8', () => {
    const bytes = encodeWindows1251(newsPage({ body: '<p>Власти города заявили в понедельник, что старый мост будет закрыт на ремонт до конца года, сообщили в мэрии.</p>' }));
    const file = write(dir, 'undeclared.html', bytes);
    refuses(() => readArticleFile(file), file, /^not valid UTF-8 at byte \d+/);
  });

  test('a UTF-16 page with a byte-order mark', () => {
    const page = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(newsPage({ charset: 'utf-16' }), 'utf16le')]);
    const { text, meta } = readArticleFile(write(dir, 'utf16.html', page));
    assert.match(text, /^The harbour authority in Westmoor/);
    assert.equal(meta.publisher, 'Westmoor Courier');
  });

  test('a "By …" byline line at the top of the text is dropped', () => {
    const body = `<p class="byline">By Sam Keller · 4 September 2023</p>${newsPage().match(/<p>[\s\S]*<\/ul>/)![0]}`;
    const { text } = readArticleFile(write(dir, 'byline.html', newsPage({ body })));
    assert.match(text, /^The harbour authority/);
  });

  test('isoDate normalises the date forms pages use', () => {
    assert.equal(isoDate('2024-11-05T23:30:00-05:00'), '2024-11-05');
    assert.equal(isoDate('2024/3/7'), '2024-03-07');
    assert.equal(isoDate('20240307'), '2024-03-07');
    assert.equal(isoDate('Tue, 05 Nov 2024 10:00:00 GMT'), '2024-11-05');
    assert.equal(isoDate('yesterday'), undefined);
  });
});

describe('stdin and folders', () => {
  test('stdin bytes are sniffed: HTML when they start like a page, text otherwise', () => {
    assert.ok(looksLikeHtml(Buffer.from('\n  <!DOCTYPE html><html>')));
    assert.ok(looksLikeHtml(Buffer.from('<!-- saved page --><html lang="en">')));
    assert.ok(looksLikeHtml(Buffer.from('<p>A fragment of a page.</p>')));
    assert.ok(!looksLikeHtml(Buffer.from('The <b> tag is bold, officials said.')));
    assert.ok(!looksLikeHtml(Buffer.from('<b>Breaking:</b> officials said.')));
    const html = articleFromBytes('-', Buffer.from(newsPage()));
    assert.equal(html.meta.publisher, 'Westmoor Courier');
    assert.equal(html.meta.origin, '-');
    assert.equal(articleFromBytes('-', Buffer.from(PLAIN_ARTICLE)).text, PLAIN_ARTICLE);
  });

  test('a folder stands for its .txt/.html/.htm files in name order; other files are ignored', () => {
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    for (const n of ['b.html', 'a.txt', 'c.htm', 'notes.md', '.hidden.txt', 'data.json']) write(folder, n, PLAIN_ARTICLE);
    mkdirSync(join(folder, 'sub.txt'));
    assert.deepEqual(expandInputs([folder]), ['a.txt', 'b.html', 'c.htm'].map((n) => join(folder, n)));
  });

  test('a folder with no articles and a missing path become errors in place', () => {
    const empty = join(dir, 'no-articles');
    mkdirSync(empty);
    write(empty, 'readme.md', '# nothing');
    const plain = write(dir, 'ok.txt', PLAIN_ARTICLE);
    const items = expandInputs([empty, plain, join(dir, 'nope'), '-']);
    assert.equal(items.length, 4);
    assert.ok(items[0] instanceof InputError && /^folder holds no articles/.test(items[0].reason));
    assert.equal(items[1], plain);
    assert.ok(items[2] instanceof InputError && items[2].reason === 'no such file or folder');
    assert.equal(items[3], '-');
  });

  test('output names drop the folder and the extension', () => {
    assert.equal(outputName('in/story.one.html'), 'story.one');
    assert.equal(outputName('-'), 'stdin');
    assert.equal(outputName('README'), 'README');
  });
});
