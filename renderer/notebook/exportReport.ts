import type { Notebook } from '../../common/notebookFormat';
import type { ExportOutput, PivotText, TextTable } from './exportData';
import { safeMarkdown } from './markdown';

export interface NotebookReport {
  notebook: Notebook;
  /** Output per cell id; cells without one are reported as not run. */
  outputs: Record<string, ExportOutput>;
  exportedAt: Date;
}

/** No script, no network: only inline styles and data: images/fonts. The report is read, never run. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const FONT_STACK = "'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Kaku Gothic ProN', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function jaDateTime(d: Date): string {
  return new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(d);
}

/** Plotly's SVG without anything that could run or fetch (it has neither, but the report must not depend on that). */
export function inertSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*>/g, '')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/(href|src)\s*=\s*("(?!data:|#)[^"]*"|'(?!data:|#)[^']*')/gi, '')
    .replace(/url\((?!['"]?(#|data:))[^)]*\)/gi, 'none');
}

function htmlTable(t: TextTable): string {
  const head = t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = t.rows
    .map((r) => `<tr>${r.map((v, i) => `<td${t.numeric[i] ? ' class="num"' : ''}>${escapeHtml(v)}</td>`).join('')}</tr>`)
    .join('\n');
  const more = t.rowCount > t.rows.length ? `<p class="note">全 ${t.rowCount.toLocaleString('ja-JP')} 行のうち先頭 ${t.rows.length.toLocaleString('ja-JP')} 行</p>` : `<p class="note">${t.rowCount.toLocaleString('ja-JP')} 行</p>`;
  return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>${more}`;
}

function htmlPivot(p: PivotText): string {
  const head = p.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = p.rows
    .map((r) => `<tr class="${r.kind}">${r.cells.map((v, i) => (i < p.labelColumns ? `<th scope="row">${escapeHtml(v)}</th>` : `<td class="num">${escapeHtml(v)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<div class="table-wrap"><table class="pivot"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

const STYLE = `
body { font-family: ${FONT_STACK}; color: #1f2933; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; line-height: 1.6; }
header { border-bottom: 2px solid #1f4e79; margin-bottom: 1.5rem; }
header h1 { margin: 0 0 .25rem; color: #1f4e79; }
.meta { color: #52606d; font-size: .85rem; }
section.cell { margin: 1.5rem 0; }
pre.sql { background: #f5f7fa; border-left: 3px solid #1f4e79; padding: .5rem .75rem; overflow-x: auto; font-size: .85rem; white-space: pre-wrap; }
.label { font-size: .75rem; color: #52606d; margin: 0 0 .25rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { border: 1px solid #cbd2d9; padding: .2rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e4ebf5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total th, tr.total td { font-weight: bold; background: #eff3f8; }
tr.subtotal th, tr.subtotal td { background: #f7f9fb; }
.note { font-size: .75rem; color: #52606d; }
.error { color: #b00020; background: #fdecea; padding: .5rem; white-space: pre-wrap; }
figure { margin: 0; } figure svg { max-width: 100%; height: auto; }
`;

function cellHtml(nb: Notebook, id: string, out: ExportOutput | undefined): string {
  const cell = nb.cells.find((c) => c.id === id);
  if (!cell) return '';
  const parts: string[] = [];
  if (cell.kind === 'sql') parts.push(`<p class="label">SQL → ${escapeHtml(cell.name)}</p><pre class="sql">${escapeHtml(cell.source)}</pre>`);
  if (cell.kind === 'pivot') parts.push(`<p class="label">ピボット（${escapeHtml(cell.input)} から）→ ${escapeHtml(cell.name)}</p>`);
  if (cell.kind === 'chart') parts.push(`<p class="label">グラフ（${escapeHtml(cell.input)} から）</p>`);
  const o: ExportOutput = out ?? { kind: 'not-run' };
  switch (o.kind) {
    case 'markdown':
      parts.push(`<div class="markdown">${o.html}</div>`);
      break;
    case 'table':
      parts.push(htmlTable(o.table));
      break;
    case 'pivot':
      parts.push(htmlPivot(o.pivot));
      break;
    case 'chart':
      parts.push(o.svg ? `<figure role="img" aria-label="${escapeHtml(o.title)}">${inertSvg(o.svg)}</figure>` : `<p class="note">グラフ「${escapeHtml(o.title)}」は描画できませんでした。</p>`);
      break;
    case 'error':
      parts.push(`<p class="error">エラー: ${escapeHtml(o.message)}</p>`);
      break;
    case 'not-run':
      if (cell.kind !== 'markdown') parts.push('<p class="note">このセルは実行されていません。</p>');
      break;
  }
  return `<section class="cell ${cell.kind}" data-cell="${escapeHtml(cell.id)}">\n${parts.join('\n')}\n</section>`;
}

/**
 * A standalone HTML report: every result, pivot and chart (inline SVG) embedded, system Japanese fonts, and a CSP
 * that forbids scripts and every request, so it opens offline in any browser and cannot do anything but show.
 */
export function notebookToHtml(report: NotebookReport): string {
  const nb = report.notebook;
  const title = nb.metadata.title || '無題のノートブック';
  const corpora = nb.metadata.corpora.length ? `　コーパス: ${nb.metadata.corpora.map(escapeHtml).join(', ')}` : '';
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="共生ワークベンチ">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">出力日時: ${escapeHtml(jaDateTime(report.exportedAt))}${corpora}</p>
</header>
<main>
${nb.cells.map((c) => cellHtml(nb, c.id, report.outputs[c.id])).join('\n')}
</main>
</body>
</html>
`;
}

function mdEscapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function mdTable(columns: string[], rows: string[][], rightAligned: boolean[]): string {
  const head = `| ${columns.map(mdEscapeCell).join(' | ')} |`;
  const rule = `|${columns.map((_, i) => (rightAligned[i] ? ' ---: ' : ' --- ')).join('|')}|`;
  return [head, rule, ...rows.map((r) => `| ${r.map(mdEscapeCell).join(' | ')} |`)].join('\n');
}

function fence(text: string, lang: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The notebook as Markdown: notes as written, SQL in fenced blocks, results and pivots as tables, charts as SVG images. */
export function notebookToMarkdown(report: NotebookReport): string {
  const nb = report.notebook;
  const out: string[] = [`# ${nb.metadata.title || '無題のノートブック'}`, '', `出力日時: ${jaDateTime(report.exportedAt)}`];
  for (const cell of nb.cells) {
    out.push('');
    const o = report.outputs[cell.id];
    if (cell.kind === 'markdown') {
      out.push(safeMarkdown(cell.source));
      continue;
    }
    if (cell.kind === 'sql') out.push(`**SQL → \`${cell.name}\`**`, '', fence(cell.source, 'sql'));
    if (cell.kind === 'pivot') out.push(`**ピボット（\`${cell.input}\` から）→ \`${cell.name}\`**`);
    if (cell.kind === 'chart') out.push(`**グラフ（\`${cell.input}\` から）**`);
    out.push('');
    if (!o || o.kind === 'not-run') out.push('_このセルは実行されていません。_');
    else if (o.kind === 'error') out.push(`> エラー: ${o.message.replace(/\n/g, '\n> ')}`);
    else if (o.kind === 'table') {
      out.push(mdTable(o.table.columns, o.table.rows, o.table.numeric));
      out.push('', o.table.rowCount > o.table.rows.length ? `_全 ${o.table.rowCount.toLocaleString('ja-JP')} 行のうち先頭 ${o.table.rows.length.toLocaleString('ja-JP')} 行_` : `_${o.table.rowCount.toLocaleString('ja-JP')} 行_`);
    } else if (o.kind === 'pivot') {
      out.push(mdTable(o.pivot.columns, o.pivot.rows.map((r) => r.cells), o.pivot.columns.map((_, i) => i >= o.pivot.labelColumns)));
    } else if (o.kind === 'chart') {
      out.push(o.svg ? `![${o.title}](data:image/svg+xml;base64,${toBase64(inertSvg(o.svg))})` : `_グラフ「${o.title}」は描画できませんでした。_`);
    }
  }
  return `${out.join('\n')}\n`;
}
