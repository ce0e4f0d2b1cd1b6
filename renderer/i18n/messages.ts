/** Every UI string, Japanese first. English is a switch, not a second source of truth: keys come from `ja`. */
const ja = {
  'app.title': '共生ワークベンチ',
  'app.lang': 'English',
  'app.reload': '再読み込み',
  'stage.corpus': 'コーパス読込中…',
  'stage.engine': 'エンジン起動中…',
  'stage.loading': 'テーブル読込中…',
  'stage.ready': '準備完了',
  'stage.failed': '起動に失敗しました',
  'stage.readyDetail': '{tables} テーブル・{lines} 行を {ms} 秒で読み込みました',
  'room.sql': 'SQL',
  'room.pivot': 'ピボット',
  'room.charts': 'グラフ',
  'room.notebooks': 'ノートブック',
  'room.loading': '画面を読み込んでいます…',
  'sql.run': '実行',
  'sql.runHint': 'Ctrl+Enter でカーソル位置の文を実行 (選択範囲があればその部分)',
  'sql.cancel': '中止',
  'sql.running': '実行中…',
  'sql.cancelled': 'クエリを中止しました',
  'sql.errorAt': '{line} 行 {column} 列',
  'sql.extensionHint': '拡張機能はオフラインでは読み込めません (parquet・json・httpfs など)。組み込みの関数だけで書き直してください。CSV は結果の「CSV 出力」で保存できます。',
  'sql.history': '履歴',
  'sql.examples': '例を選ぶ…',
  'sql.historyEmpty': '履歴はまだありません',
  'sql.historyClear': '履歴を消去',
  'sql.placeholder': 'SQL を入力して Ctrl+Enter で実行',
  'sql.openIn': '{room}で開く',
  'result.rows': '{rows} 行',
  'result.elapsed': '{seconds} 秒',
  'result.none': 'クエリを実行すると結果がここに表示されます',
  'result.csv': 'CSV 出力',
  'result.truncated': '(表示は先頭 {rows} 行まで。CSV 出力は全行)',
  'result.copyHint': 'セルを選んで Ctrl+C でコピー (Ctrl+Shift+C で行ごと)',
  'result.copied': 'コピーしました',
  'result.source': '原文',
  'result.sourceTitle': 'この行の原文を表示',
  'schema.title': 'テーブル',
  'schema.insertHint': 'クリックでエディタに挿入',
  'schema.rows': '{rows} 行',
  'source.title': '原文',
  'source.close': '閉じる',
  'source.lines': '{start}–{end} 行目',
  'source.usedBy': '使用先',
  'source.loading': '原文を読み込んでいます…',
  'source.empty': 'この範囲の行はありません',
  'source.warnings': 'パーサーの注記',
  'error.generic': 'エラー',
  'help.title': '使い方とショートカット (F1)',
  'help.intro': '左の一覧でテーブルと列を確かめ、SQL を書いて Ctrl+Enter。「例を選ぶ…」から始めることもできます。結果の「原文」で報告書の該当行を開けます。',
  'help.run': 'カーソル位置の文 (または選択範囲) を実行',
  'help.cancel': '実行中のクエリを中止 / パネルを閉じる',
  'help.complete': 'テーブル名・列名・関数を補完',
  'help.rooms': 'SQL・ピボット・グラフ・ノートブックを切り替え',
  'help.copyCell': '結果のセルをコピー',
  'help.copyRow': '結果の行をタブ区切りでコピー',
  'corpus.summary': '{file}・{lines} 行・注記 {warnings} 件',
} as const;

export type MessageKey = keyof typeof ja;
export type Locale = 'ja' | 'en';

const en: Record<MessageKey, string> = {
  'app.title': 'Kyosei Workbench',
  'app.lang': '日本語',
  'app.reload': 'Reload',
  'stage.corpus': 'Reading corpus…',
  'stage.engine': 'Starting engine…',
  'stage.loading': 'Loading tables…',
  'stage.ready': 'Ready',
  'stage.failed': 'Start failed',
  'stage.readyDetail': '{tables} tables, {lines} lines loaded in {ms} s',
  'room.sql': 'SQL',
  'room.pivot': 'Pivot',
  'room.charts': 'Charts',
  'room.notebooks': 'Notebooks',
  'room.loading': 'Loading…',
  'sql.run': 'Run',
  'sql.runHint': 'Ctrl+Enter runs the statement at the cursor (or the selection)',
  'sql.cancel': 'Cancel',
  'sql.running': 'Running…',
  'sql.cancelled': 'Query cancelled',
  'sql.errorAt': 'line {line}, column {column}',
  'sql.extensionHint': 'Extensions cannot be loaded offline (parquet, json, httpfs…). Rewrite the query with built-in functions; results can be saved with Export CSV.',
  'sql.history': 'History',
  'sql.examples': 'Examples…',
  'sql.historyEmpty': 'No history yet',
  'sql.historyClear': 'Clear history',
  'sql.placeholder': 'Type SQL and press Ctrl+Enter',
  'sql.openIn': 'Open in {room}',
  'result.rows': '{rows} rows',
  'result.elapsed': '{seconds} s',
  'result.none': 'Run a query to see its result here',
  'result.csv': 'Export CSV',
  'result.truncated': '(showing the first {rows}; CSV has every row)',
  'result.copyHint': 'Ctrl+C copies the cell, Ctrl+Shift+C the row',
  'result.copied': 'Copied',
  'result.source': 'Source',
  'result.sourceTitle': 'Show the source text of this row',
  'schema.title': 'Tables',
  'schema.insertHint': 'Click to insert into the editor',
  'schema.rows': '{rows} rows',
  'source.title': 'Source',
  'source.close': 'Close',
  'source.lines': 'lines {start}–{end}',
  'source.usedBy': 'used by',
  'source.loading': 'Loading source…',
  'source.empty': 'No lines in this range',
  'source.warnings': 'Parser notes',
  'error.generic': 'Error',
  'help.title': 'Help and shortcuts (F1)',
  'help.intro': 'Check tables and columns on the left, write SQL and press Ctrl+Enter, or start from “Examples…”. “Source” on a result row opens the report’s lines.',
  'help.run': 'Run the statement at the cursor (or the selection)',
  'help.cancel': 'Cancel the running query / close a panel',
  'help.complete': 'Complete table names, columns and functions',
  'help.rooms': 'Switch between SQL, Pivot, Charts and Notebook',
  'help.copyCell': 'Copy a result cell',
  'help.copyRow': 'Copy a result row, tab-separated',
  'corpus.summary': '{file} · {lines} lines · {warnings} notes',
};

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { ja, en };

/** Puts parameters into a message: "{rows} 行" with { rows: 3 } → "3 行"; an unknown {name} stays as written. */
export function fillMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillMessage(MESSAGES[locale][key], params);
}

/** Numbers the Japanese way (1,966,735); the same grouping reads naturally in English. */
const integerFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 6 });

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}
