import { useEffect, useState } from 'react';
import type { Workbench } from '../app/workbenchContext';
import { corpusSearchFor, type CorpusSearch } from './corpusSearch';

export type SearchIndexState = { kind: 'building' } | { kind: 'ready'; search: CorpusSearch } | { kind: 'failed'; message: string };

/** The corpus index for the room: built on first open, again after an import changes the fields table. */
export function useCorpusSearch(wb: Workbench): SearchIndexState {
  const [state, setState] = useState<SearchIndexState>({ kind: 'building' });
  const fieldRows = wb.rowCounts.fields ?? 0;
  useEffect(() => {
    let live = true;
    corpusSearchFor(wb.engine, fieldRows).then(
      (search) => live && setState({ kind: 'ready', search }),
      (e: unknown) => live && setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [wb.engine, fieldRows]);
  return state;
}
