import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportedTableInfo } from '../../common/api';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { importFile, listImports, removeImport, type TableLoader } from './importedTables';

type ImportState = { kind: 'idle' } | { kind: 'running'; file: string } | { kind: 'done'; info: ImportedTableInfo } | { kind: 'failed'; message: string };

/** Brings the analyst's own CSV, TSV, XLSX or Parquet in as a table: a button, or a file dropped on it. */
export function ImportButton({ load, onImported }: { load: TableLoader; onImported(info: ImportedTableInfo): void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [imports, setImports] = useState(0);
  const [kept, setKept] = useState<ImportedTableInfo[]>([]);
  const refresh = useCallback(() => {
    listImports().then(setKept, () => setKept([]));
  }, []);
  useEffect(refresh, [refresh, imports]);
  const remove = async (info: ImportedTableInfo) => {
    try {
      await removeImport(info, load);
      refresh();
      onImported(info);
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const run = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'running', file: file.name });
    try {
      const info = await importFile(file, load);
      setState({ kind: 'done', info });
      setImports((n) => n + 1);
      onImported(info);
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div
      className="import-box"
      data-testid="import"
      data-state={state.kind}
      data-imports={imports}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void run(e.dataTransfer.files[0]);
      }}
    >
      <button onClick={() => input.current?.click()} disabled={state.kind === 'running'} title={t('import.hint')}>
        {state.kind === 'running' ? t('import.running', { file: state.file }) : t('import.button')}
      </button>
      <input ref={input} type="file" hidden accept=".csv,.tsv,.txt,.xlsx,.parquet" data-testid="import-file" onChange={(e) => void run(e.target.files?.[0]).then(() => (e.target.value = ''))} />
      {state.kind === 'done' && (
        <p className="import-result" role="status">
          {state.info.kind === 'corpus'
            ? t('import.corpusDone', { file: state.info.file, records: formatNumber(state.info.rows) })
            : t('import.done', { name: state.info.name, rows: formatNumber(state.info.rows), columns: state.info.columns.length })}
          {state.info.kind === 'table' && (
            <span className="import-columns" data-testid="import-columns">
              {state.info.columns.map((c) => `${c.name} (${c.kind === 'double' ? t('import.number') : t('import.text')})`).join('、')}
            </span>
          )}
          {state.info.problems.map((p) => (
            <span key={p} className="import-problem">{p}</span>
          ))}
        </p>
      )}
      {state.kind === 'failed' && <p className="import-error" role="alert">{state.message}</p>}
      {kept.length > 0 && (
        <ul className="import-list" data-testid="import-list">
          {kept.map((k) => (
            <li key={k.name} data-import={k.name}>
              <span title={k.file}>{k.kind === 'corpus' ? k.file : k.name}</span>
              <button className="link" title={t('import.removeHint')} onClick={() => void remove(k)}>
                {t('import.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
