import { useCallback, useEffect, useState } from 'react';
import type { HistoryEntry } from '../../common/api';
import { callApi } from '../api/client';

/** SQL history, kept by the main process (or the server) so it survives restarts. */
export function useHistory() {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  useEffect(() => {
    void callApi('history.list', {}).then((r) => r.ok && setEntries(r.value));
  }, []);
  const add = useCallback((sql: string) => {
    void callApi('history.add', { sql }).then((r) => r.ok && setEntries(r.value));
  }, []);
  const clear = useCallback(() => {
    void callApi('history.clear', {}).then((r) => r.ok && setEntries(r.value));
  }, []);
  return { entries, add, clear };
}
