import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Locale } from '../i18n/messages';
import { ROOM_LABELS } from './roomLabels';

/** A top-level room of the workbench. Rooms load lazily so heavy modules (Plotly…) stay off the startup path. */
export interface RoomDefinition {
  id: string;
  label: Record<Locale, string>;
  component: LazyExoticComponent<ComponentType>;
  /** Starts loading the room's code without showing it. */
  preload(): void;
}

/** Builds a room from a module that exports its component by name. */
function room<M extends Record<string, unknown>>(id: string, label: Record<Locale, string>, load: () => Promise<M>, exportName: keyof M & string): RoomDefinition {
  let loading: Promise<M> | null = null;
  const once = () => (loading ??= load());
  return {
    id,
    label,
    component: lazy(async () => ({ default: (await once())[exportName] as ComponentType })),
    preload: () => void once().catch(() => undefined),
  };
}

/** The room registry: add a room with one line. The first room is the one shown at start. */
export const ROOMS: RoomDefinition[] = [
  room('sql', ROOM_LABELS.sql, () => import('../sql/SqlRoom'), 'SqlRoom'),
  room('pivot', ROOM_LABELS.pivot, () => import('../pivot/PivotRoom'), 'PivotRoom'),
  room('charts', ROOM_LABELS.charts, () => import('../charts/ChartRoom'), 'ChartRoom'),
  room('notebook', ROOM_LABELS.notebook, () => import('../notebook/NotebookRoom'), 'NotebookRoom'),
  room('search', ROOM_LABELS.search, () => import('../search/SearchRoom'), 'SearchRoom'),
];
