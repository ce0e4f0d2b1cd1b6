import { useState } from 'react';
import type { Table } from 'apache-arrow';
import { offerDownload } from '../app/download';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { tableCsv } from './csvExport';
import { resultParquet, resultXlsx } from './exportResult';

type Format = 'csv' | 'csv-sjis' | 'xlsx' | 'parquet';

type Exporting = { format: Format; done: number; total: number } | null;

const TYPES: Record<Format, string> = {
  csv: 'text/csv;charset=utf-8',
  'csv-sjis': 'text/csv;charset=shift_jis',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  parquet: 'application/vnd.apache.parquet',
};

const fileName = (format: Format) => {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return format === 'csv-sjis' ? `kyosei-${stamp}-sjis.csv` : `kyosei-${stamp}.${format}`;
};

/**
 * The SQL result's export buttons. `table` gives the rows as the grid shows them (its order and filters). While a
 * file is written the buttons wait and the room says how far it is: CSV row by row, XLSX and Parquet as one step.
 */
export function ResultExports({ table }: { table(): Promise<Table | null> }) {
  const { t } = useI18n();
  const [exporting, setExporting] = useState<Exporting>(null);
  const [note, setNote] = useState<string | null>(null);

  const run = async (format: Format) => {
    setNote(null);
    try {
      const rows = await table();
      if (!rows) return;
      setExporting({ format, done: 0, total: rows.numRows });
      let bytes: Uint8Array | string;
      if (format === 'csv' || format === 'csv-sjis') {
        const csv = await tableCsv(rows, format === 'csv' ? 'utf-8' : 'shift_jis', (p) => setExporting({ format, ...p }));
        bytes = csv.bytes;
        if (csv.lost) setNote(t('result.sjisLost', { n: csv.lost }));
      } else {
        // One call into exceljs or parquet-wasm: let the page draw "writing" before it starts.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        bytes = format === 'xlsx' ? await resultXlsx(rows) : await resultParquet(rows);
      }
      offerDownload(fileName(format), new Blob([bytes as Uint8Array<ArrayBuffer>], { type: TYPES[format] }));
    } catch (e) {
      setNote(t('result.exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setExporting(null);
    }
  };

  const button = (format: Format, label: string, testId: string, title?: string) => (
    <button onClick={() => void run(format)} data-testid={testId} title={title} disabled={exporting !== null}>
      {label}
    </button>
  );
  return (
    <>
      {button('csv', t('result.csv'), 'export-csv')}
      {button('csv-sjis', 'CSV (Shift_JIS)', 'export-csv-sjis', t('result.csvSjisHint'))}
      {button('xlsx', 'XLSX', 'export-xlsx')}
      {button('parquet', 'Parquet', 'export-parquet')}
      {exporting && (
        <span className="export-progress" role="status" data-testid="export-progress" data-done={exporting.done} data-total={exporting.total}>
          {exporting.format === 'xlsx' || exporting.format === 'parquet'
            ? t('result.exportingFile', { rows: formatNumber(exporting.total) })
            : t('result.exportingRows', { done: formatNumber(exporting.done), total: formatNumber(exporting.total), percent: exporting.total ? Math.floor((100 * exporting.done) / exporting.total) : 100 })}
          <progress max={exporting.total || 1} value={exporting.format === 'xlsx' || exporting.format === 'parquet' ? undefined : exporting.done} />
        </span>
      )}
      {note && <span className="export-note" role="status">{note}</span>}
    </>
  );
}
