import type { WorkbenchEngine } from './types';

/** How many queries are in flight, for the header's 実行中: every room's queries pass through the one engine. */
export interface EngineActivity {
  engine: WorkbenchEngine;
  running(): number;
  subscribe(listener: (running: number) => void): () => void;
}

export function trackActivity(inner: WorkbenchEngine): EngineActivity {
  let running = 0;
  const listeners = new Set<(running: number) => void>();
  const change = (by: number) => {
    running += by;
    for (const listener of listeners) listener(running);
  };
  return {
    engine: {
      async query(sql, options) {
        change(1);
        try {
          return await inner.query(sql, options);
        } finally {
          change(-1);
        }
      },
    },
    running: () => running,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
