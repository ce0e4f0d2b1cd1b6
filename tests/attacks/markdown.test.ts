// @vitest-environment jsdom
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { notebookToHtml, notebookToMarkdown } from '../../renderer/notebook/exportReport';
import { renderMarkdown, safeMarkdown } from '../../renderer/notebook/markdown';
import type { Notebook } from '../../common/notebookFormat';

/** Raw HTML and links a notebook from someone else might carry, each meant to run, fetch, submit or clobber. */
const HOSTILE = [
  ['an event handler beside another', '<img src=x onload=1 onerror="window.__pwned = 1">'],
  ['a script element', '<script>window.__pwned = 2</script>'],
  ['a javascript: link', '[押してください](javascript:window.__pwned=3)'],
  ['a javascript: link in HTML', '<a href="JaVaScRiPt:window.__pwned=4">注</a>'],
  ['a remote image', '![地図](https://example.com/track.png)'],
  ['a remote image in HTML', '<img src="https://example.com/track.png">'],
  ['a form', '<form action="https://example.com/steal"><input name="q"><button>送信</button></form>'],
  ['an SVG with script', '<svg><script>window.__pwned = 5</script><a xlink:href="javascript:1">x</a></svg>'],
  ['an element named after the API', '<p id="kyosei">id</p><img name="kyosei" src="data:image/png;base64,AA==">'],
  ['a reference-style link', '[資料][ref]\n\n[ref]: https://example.com/doc'],
  ['an iframe', '<iframe src="https://example.com"></iframe>'],
  ['a style that fetches', '<div style="background:url(https://example.com/x.png)">背景</div><style>@import "https://example.com/x.css";</style>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.com">'],
  ['a remote image after a blank line inside a block that holds HTML', '> <b>x</b>\n>\n>     code line\n>\n>     ![p](https://example.com/track.png)'],
  ['media that fetch', '<video poster="https://example.com/p.png" src="https://example.com/v.mp4" autoplay></video><audio src="https://example.com/a.mp3" autoplay></audio><video><source src="https://example.com/s.mp4"></video>'],
  ['backgrounds and image maps', '<table background="https://example.com/t.png"><tr><td background="https://example.com/c.png">x</td></tr></table><map><area href="https://example.com"></map>'],
] as const;

/** What must never survive: handlers, script, off-page URLs, forms, and ids or names that match a global. */
function assertInert(html: string): void {
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<(script|form|input|button|iframe|style|meta|svg)\b/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/(src|href|action|poster|background)\s*=\s*["']?https?:/i);
  expect(html).not.toMatch(/url\(/i);
  expect(html).not.toMatch(/\b(id|name)\s*=\s*["']?kyosei\b/i);
}

function rendered(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

describe('a note is shown under one rule: screen, HTML report and Markdown export', () => {
  it.each(HOSTILE)('on screen: %s', (_label, note) => {
    const html = renderMarkdown(note);
    assertInert(html);
    const host = rendered(html);
    expect((window as unknown as { kyosei?: unknown }).kyosei).toBeUndefined();
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
    host.remove();
  });

  it.each(HOSTILE)('in the Markdown export: %s', (_label, note) => {
    const md = safeMarkdown(note);
    assertInert(md);
    // A viewer that renders Markdown with raw HTML allowed gets the same inert result.
    assertInert(renderMarkdownUnsafe(md));
  });

  it.each(HOSTILE)('in the HTML report: %s', (_label, note) => {
    const nb = noteBook(note);
    const outputs = { n: { kind: 'markdown' as const, html: renderMarkdown(note) } };
    const html = notebookToHtml({ notebook: nb, outputs, exportedAt: new Date('2026-11-30T00:00:00Z') });
    const main = html.slice(html.indexOf('<main>'));
    assertInert(main);
    assertInert(notebookToMarkdown({ notebook: nb, outputs, exportedAt: new Date('2026-11-30T00:00:00Z') }));
  });

  it('keeps plain notes as written, and links inside the page', () => {
    const note = '# 目的\n\n**事業**を比べる。\n\n- 札幌市\n- 京極町\n\n```sql\nSELECT \'<script>\' AS s\n```';
    expect(safeMarkdown(note)).toBe(note);
    expect(renderMarkdown('[上へ](#top)')).toContain('href="#top"');
    expect(renderMarkdown('[外](https://example.com)')).toContain('title="https://example.com"');
  });
});

/** What a careless viewer does with exported Markdown: render it with raw HTML allowed and nothing sanitised. */
function renderMarkdownUnsafe(md: string): string {
  return marked.parse(md, { async: false, gfm: true });
}

function noteBook(note: string): Notebook {
  return {
    format: 'kyosei-notebook',
    version: 1,
    metadata: { title: '受け取ったノート', created: '2026-11-30T00:00:00Z', updated: '2026-11-30T00:00:00Z', corpora: [] },
    cells: [{ id: 'n', kind: 'markdown', source: note }],
  } as unknown as Notebook;
}
