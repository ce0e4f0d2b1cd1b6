import { createContext, useContext, useEffect, useRef } from 'react';
import type { CustomInnerHeaderProps } from 'ag-grid-react';

/** What a column header needs from its grid: which columns are filtered, and how to open a column's panel. */
export interface HeaderActions {
  filtered: ReadonlySet<number>;
  openColumn: ((column: number) => void) | null;
  label: string;
}

export const HeaderActionsContext = createContext<HeaderActions>({ filtered: new Set(), openColumn: null, label: '' });

/** A column's name with a button to its profile and filters (the glyph comes from CSS, so the header's text stays the name). */
export function HeaderLabel(props: CustomInnerHeaderProps & { column: { getColId(): string } }) {
  const { filtered, openColumn, label } = useContext(HeaderActionsContext);
  const position = Number(props.column.getColId().slice(1));
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = button.current;
    if (!el || !openColumn) return;
    // The grid sorts on a native click of the header: the click is handled here and goes no further.
    const stop = (e: Event) => e.stopPropagation();
    const open = (e: Event) => {
      e.stopPropagation();
      openColumn(position);
    };
    el.addEventListener('click', open);
    el.addEventListener('mousedown', stop);
    return () => {
      el.removeEventListener('click', open);
      el.removeEventListener('mousedown', stop);
    };
  }, [openColumn, position]);
  return (
    <span className="grid-header-label">
      <span className="ag-header-cell-text">{props.displayName}</span>
      {openColumn && (
        <button
          ref={button}
          type="button"
          className={filtered.has(position) ? 'column-button filtered' : 'column-button'}
          aria-label={`${props.displayName}: ${label}`}
          title={label}
          data-testid="column-button"
        />
      )}
    </span>
  );
}
