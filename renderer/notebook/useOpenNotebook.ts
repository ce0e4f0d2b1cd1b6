import { useCallback, useState } from 'react';
import type { Notebook } from '../../common/notebookFormat';
import type { NotebookMessageKey } from './messages';
import type { OpenChoices } from './NotebookDialogs';
import { notebookApi } from './notebookApi';
import { openNotebookFile } from './openNotebookFile';

export type Status = { kind: 'info' | 'error'; text: string } | null;

/** The ways a notebook is opened: by name, with the native dialog (Electron), or from a file picked or dropped. */
export function useOpenNotebook(ctx: {
  load(notebook: Notebook, ref: string | null, dirty?: boolean): void;
  mayDiscard(): boolean;
  setStatus(status: Status): void;
  t(key: NotebookMessageKey, params?: Record<string, string | number>): string;
}) {
  const { load, mayDiscard, setStatus, t } = ctx;
  const [openChoices, setOpenChoices] = useState<OpenChoices | null>(null);
  const fail = useCallback((e: unknown) => setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) }), [setStatus]);

  const showOpen = useCallback(async () => {
    try {
      const [recent, saved, examples] = await Promise.all([notebookApi.recent(), notebookApi.list(), notebookApi.examples()]);
      setOpenChoices({ recent, saved, examples });
    } catch (e) {
      fail(e);
    }
  }, [fail]);

  const openRef = useCallback(
    async (ref: string) => {
      if (!mayDiscard()) return;
      try {
        const opened = await notebookApi.open(ref);
        setOpenChoices(null);
        load(opened.notebook, opened.ref);
        setStatus(null);
      } catch (e) {
        fail(e);
      }
    },
    [load, mayDiscard, setStatus, fail],
  );

  const openFromFile = useCallback(async () => {
    if (!mayDiscard()) return;
    try {
      const opened = await notebookApi.openDialog();
      if (opened) {
        setOpenChoices(null);
        load(opened.notebook, opened.ref);
      }
    } catch (e) {
      fail(e);
    }
  }, [load, mayDiscard, fail]);

  /** A file picked in the open dialog or dropped on the room: checked like any notebook, opened unsaved. */
  const openPicked = useCallback(
    async (file: File) => {
      if (!mayDiscard()) return;
      try {
        const notebook = await openNotebookFile(file);
        setOpenChoices(null);
        load(notebook, null, true);
        setStatus({ kind: 'info', text: t('openedFile', { name: file.name }) });
      } catch (e) {
        fail(e);
      }
    },
    [load, mayDiscard, setStatus, t, fail],
  );

  return { openChoices, setOpenChoices, showOpen, openRef, openFromFile, openPicked };
}
