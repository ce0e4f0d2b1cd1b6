import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useWorkbench, type SourceRef } from '../app/workbenchContext';
import { tableToRows } from '../../common/arrowAdapters';
import { useI18n } from '../i18n/locale';
import { linkify } from './linkify';
import { sourceLinesSql, sourceWarningsSql } from './sourceQueries';
import { CurationPanel } from '../curation/CurationPanel';

interface SourceLine {
  line_no: number;
  entity_id: string | null;
  text: string;
  used_by: string | null;
}

interface SourceNote {
  line_no: number | null;
  code: string;
  message: string;
}

type Loaded = { lines: SourceLine[]; notes: SourceNote[]; heading: string | null } | { error: string };

/** The corpus text at the cited lines, highlighted, under the record's heading, with what used each line. */
export function SourceViewer({ source, onClose }: { source: SourceRef; onClose(): void }) {
  const { t } = useI18n();
  const { engine, dataVersion } = useWorkbench();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // A line she clicked, to take as the target or result line of a pair she adds.
  const [picked, setPicked] = useState<number | null>(null);
  const shownSource = useRef<SourceRef | null>(null);
  const firstCited = useRef<HTMLLIElement>(null);
  const linesRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    // A new place starts blank; the same place read again after a curation keeps its panel while it reloads.
    if (shownSource.current !== source) setLoaded(null);
    shownSource.current = source;
    (async () => {
      const lines = tableToRows(await engine.query(sourceLinesSql(source), { signal: controller.signal })) as unknown as SourceLine[];
      const heading = source.entity_id ?? lines.find((l) => l.line_no >= source.line_start && l.entity_id)?.entity_id ?? null;
      const notes = tableToRows(await engine.query(sourceWarningsSql(source, heading), { signal: controller.signal })) as unknown as SourceNote[];
      return { lines, notes, heading };
    })().then(
      (r) => !controller.signal.aborted && setLoaded(r),
      (e: unknown) => !controller.signal.aborted && setLoaded({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => controller.abort();
  }, [engine, source, dataVersion]);

  useEffect(() => {
    firstCited.current?.scrollIntoView({ block: 'center' });
  }, [loaded]);

  // Attached in the same commit that draws the viewer: a key pressed as soon as it shows must close it (a passive
  // effect can run after the browser has already dispatched that key on a busy machine).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const cited = (n: number) => n >= source.line_start && n <= source.line_end;
  const notedLines = new Set(loaded && 'notes' in loaded ? loaded.notes.map((n) => n.line_no).filter((n): n is number => n !== null) : []);
  return (
    <aside className="source-viewer" role="dialog" aria-label={t('source.title')} data-testid="source-viewer">
      <header>
        <div>
          <h2 data-testid="source-heading">{source.entity_id ?? (loaded && 'heading' in loaded && loaded.heading ? loaded.heading : t('source.title'))}</h2>
          <span className="muted">{t('source.lines', { start: source.line_start, end: source.line_end })}</span>
        </div>
        <button onClick={onClose} aria-label={t('source.close')}>
          ✕
        </button>
      </header>
      {!loaded ? (
        <p className="muted">{t('source.loading')}</p>
      ) : 'error' in loaded ? (
        <p className="error">{loaded.error}</p>
      ) : (
        <>
          {loaded.notes.length > 0 && (
            <div className="source-notes" data-testid="source-notes">
              <h3>{t('source.warnings')}</h3>
              <ul>
                {loaded.notes.map((n, i) => (
                  <li key={i}>
                    <code>{n.code}</code>{' '}
                    {n.line_no !== null && (
                      <button className="link" onClick={() => linesRef.current?.querySelector(`[data-line="${n.line_no}"]`)?.scrollIntoView({ block: 'center' })}>
                        L{n.line_no}
                      </button>
                    )}{' '}
                    {n.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {loaded.heading && <CurationPanel entityId={loaded.heading} start={source.line_start} end={source.line_end} picked={picked} />}
          {loaded.lines.length === 0 ? (
            <p className="muted">{t('source.empty')}</p>
          ) : (
            <ol className="source-lines" ref={linesRef}>
              {loaded.lines.map((l) => {
                const isCited = cited(l.line_no);
                return (
                  <li
                    key={l.line_no}
                    ref={isCited && l.line_no === source.line_start ? firstCited : undefined}
                    className={[isCited ? 'cited' : '', notedLines.has(l.line_no) ? 'noted' : '', picked === l.line_no ? 'picked' : ''].filter(Boolean).join(' ') || undefined}
                    data-line={l.line_no}
                  >
                    <button className="line-no" onClick={() => setPicked((p) => (p === l.line_no ? null : l.line_no))} aria-pressed={picked === l.line_no} data-testid="source-line-no">
                      {l.line_no}
                    </button>
                    <span className="line-text">{l.text ? linkify(l.text) : '\u00a0'}</span>
                    {l.used_by && (
                      <span className="used-by" title={t('source.usedBy')}>
                        {l.used_by}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
    </aside>
  );
}
