/** The analyst's curations as the page holds them: one small store, changed only through the API, then the tables reloaded. */
import { useSyncExternalStore } from 'react';
import type { Curation, CurationListing, CurationRequest } from '../../common/curations';
import { requireApi } from '../api/client';

export interface CurationState {
  listing: CurationListing | null;
  /** The last change's error, in the words of the API. */
  error: string | null;
  busy: boolean;
  /** Counts the changes applied to the engine's tables: rooms showing attainment run again when it moves. */
  version: number;
}

export type CurationStore = ReturnType<typeof createCurationStore>;

const WHO_KEY = 'kyosei.curation.who';

/** The name she signs her curations with: set once, kept in this browser only. */
export function readWho(): string {
  try {
    return localStorage.getItem(WHO_KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeWho(name: string): void {
  try {
    localStorage.setItem(WHO_KEY, name.trim());
  } catch {
    // A page without storage still curates; the name is asked again next time.
  }
}

export function createCurationStore(corpus: string, reloadTables: () => Promise<void>) {
  let state: CurationState = { listing: null, error: null, busy: false, version: 0 };
  const listeners = new Set<() => void>();
  const set = (next: Partial<CurationState>) => {
    state = { ...state, ...next };
    for (const l of listeners) l();
  };

  /** One change: the API call, then the curated tables into the engine, then every room told. */
  async function change<T>(call: () => Promise<T>, listingOf: (value: T) => CurationListing): Promise<T | null> {
    set({ busy: true, error: null });
    try {
      const value = await call();
      await reloadTables();
      set({ listing: listingOf(value), busy: false, version: state.version + 1 });
      return value;
    } catch (e) {
      set({ busy: false, error: e instanceof Error ? e.message : String(e) });
      return null;
    }
  }

  return {
    corpus,
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refresh(): Promise<void> {
      try {
        set({ listing: await requireApi('curations.list', { corpus }) });
      } catch (e) {
        set({ error: e instanceof Error ? e.message : String(e) });
      }
    },
    add: (curation: CurationRequest) => change(() => requireApi('curations.add', { corpus, curation }), (l) => l),
    update: (id: string, curation: CurationRequest) => change(() => requireApi('curations.update', { corpus, id, curation }), (l) => l),
    remove: (id: string) => change(() => requireApi('curations.remove', { corpus, id }), (l) => l),
    /** Curations received with a notebook; hers for the same pairs stay as they are. */
    importMany: (curations: Curation[]) => change(() => requireApi('curations.import', { corpus, curations }), (r) => r.listing),
  };
}

export function useCurationState(store: CurationStore): CurationState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
