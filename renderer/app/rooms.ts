import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Locale } from '../i18n/messages';

/** A top-level room of the workbench. Rooms load lazily so heavy modules (Plotly…) stay off the startup path. */
export interface RoomDefinition {
  id: string;
  label: Record<Locale, string>;
  component: LazyExoticComponent<ComponentType>;
}

/** Builds a room from a module that exports its component by name. */
function room<M extends Record<string, unknown>>(id: string, label: Record<Locale, string>, load: () => Promise<M>, exportName: keyof M & string): RoomDefinition {
  return { id, label, component: lazy(async () => ({ default: (await load())[exportName] as ComponentType })) };
}

/** The room registry: add a room with one line. The first room is the one shown at start. */
export const ROOMS: RoomDefinition[] = [
  room('sql', { ja: 'SQL', en: 'SQL' }, () => import('../sql/SqlRoom'), 'SqlRoom'),
  room('pivot', { ja: 'ピボット', en: 'Pivot' }, () => import('../pivot/PivotRoom'), 'PivotRoom'),
];
