import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusToIpc } from '../../electron/arrow/toArrow';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../electron/corpus/loadCorpus';
import { openNodeDuckDb, type NodeDuckDb } from '../../electron/engine/nodeDuckdb';
import { parseNotebookText } from '../../electron/notebooks/parse';
import { pivotText, tableText, type ExportOutput } from '../../renderer/notebook/exportData';
import { inertSvg, notebookToHtml, notebookToMarkdown, REPORT_CSP } from '../../renderer/notebook/exportReport';
import { runAll } from '../../renderer/notebook/runCell';

let db: NodeDuckDb;
const outputs: Record<string, ExportOutput> = {};
const notebook = parseNotebookText(readFileSync('data/welfare-rate-units.kynb.json', 'utf8'), 'welfare');
const exportedAt = new Date('2026-11-27T03:00:00Z');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" onload="alert(1)"><script>alert(2)</script><text x="5" y="20">生活保護受給率 (‰)</text><image href="https://example.com/x.png"/></svg>';

beforeAll(async () => {
  db = await openNodeDuckDb();
  for (const t of corpusToIpc(loadCorpusFile(DEFAULT_CORPUS_PATH))) db.insertIpc(t.name, t.ipc);
  const { runs } = await runAll({ query: async (sql) => db.query(sql) }, notebook.cells, () => undefined);
  for (const [id, run] of runs) {
    if (!run) outputs[id] = { kind: 'markdown', html: '<h1>生活保護受給率の単位の異常</h1><p>京極町の 14.4 % は 14.4 ‰</p>' };
    else if (run.status === 'error') outputs[id] = { kind: 'error', message: run.message };
    else if (run.kind === 'sql') outputs[id] = { kind: 'table', table: tableText(run.table, run.rowCount) };
    else if (run.kind === 'pivot') outputs[id] = { kind: 'pivot', pivot: pivotText(run.grid, run.plan) };
    else outputs[id] = { kind: 'chart', title: '生活保護受給率', svg: SVG };
  }
});
afterAll(() => db.close());

describe('notebookToHtml', () => {
  it('embeds results, pivot and chart with Japanese numbers, under a CSP that forbids scripts and requests', () => {
    const html = notebookToHtml({ notebook, outputs, exportedAt });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toMatch(/^default-src 'none';/);
    expect(html).toContain('<title>生活保護受給率の単位の異常</title>');
    expect(html).toContain('出力日時: 2026年11月27日 12:00');
    expect(html).toMatch(/<td>北海道 京極町<\/td><td class="num">14\.4<\/td><td>%<\/td>/);
    expect(html).toContain('<p class="note">23 行</p>');
    expect(html).toContain('<tr class="total"><th scope="row">総計</th><td class="num">48件</td><td class="num">2件</td><td class="num">50件</td></tr>');
    expect(html).toContain('<text x="5" y="20">生活保護受給率 (‰)</text>');
    expect(html).not.toMatch(/<script|onload=|(src|href)="https?:/i);
  });

  it('escapes everything a notebook author wrote outside the sanitised Markdown', () => {
    const hostile = { ...notebook, metadata: { ...notebook.metadata, title: '<img src=x onerror=alert(1)>' } };
    const html = notebookToHtml({ notebook: hostile, outputs: { flagged: { kind: 'error', message: '<b>boom</b>' } }, exportedAt });
    expect(html).toContain('<title>&lt;img src=x onerror=alert(1)&gt;</title>');
    expect(html).toContain('エラー: &lt;b&gt;boom&lt;/b&gt;');
    expect(html).toContain('このセルは実行されていません。');
  });

  it('strips script, handlers and external references from chart SVG', () => {
    expect(inertSvg(SVG)).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><text x="5" y="20">生活保護受給率 (‰)</text><image /></svg>');
  });
});

describe('notebookToMarkdown', () => {
  it('writes notes as written, SQL fenced, results and pivots as tables, the chart as an SVG image', () => {
    const md = notebookToMarkdown({ notebook, outputs, exportedAt });
    expect(md.startsWith('# 生活保護受給率の単位の異常\n\n出力日時: 2026年11月27日 12:00\n\n# 生活保護受給率の単位の異常\n')).toBe(true);
    expect(md).toContain("**SQL → `percent_but_permille`**\n\n```sql\nSELECT\n  entity_id,");
    expect(md).toContain('| 北海道 京極町 | 14.4 | % | 14.4 |');
    expect(md).toContain('| 総計 | 48件 | 2件 | 50件 |');
    expect(md).toMatch(/!\[生活保護受給率\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+\)/);
    expect(md).toContain('_23 行_');
  });
});
