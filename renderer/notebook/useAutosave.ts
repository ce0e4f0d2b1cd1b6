import { useEffect, useRef, useState } from 'react';
import type { Notebook } from '../../common/notebookFormat';
import { notebookApi } from './notebookApi';

const AUTOSAVE_DELAY_MS = 1500;

/**
 * Autosaves to the recovery copy a moment after each change, so a crash loses at most that moment. A failed autosave
 * is reported (the user must know her safety net is gone), never thrown into her typing.
 */
export function useAutosave(state: { notebook: Notebook; ref: string | null; dirty: boolean }, session: string) {
  const key = useRef<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!state.dirty) return;
    const timer = setTimeout(() => {
      void notebookApi.autosave(state.ref, session, state.notebook).then((r) => {
        if (r.ok) {
          key.current = r.value.key;
          setFailure(null);
        } else {
          setFailure(r.error.message);
        }
      });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.notebook, state.ref, state.dirty, session]);
  return { key, failure };
}
