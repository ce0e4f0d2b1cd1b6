import type { IHeaderParams, IInnerHeaderComponent } from 'ag-grid-community';

/** What a column header needs from its grid: which columns are filtered, and how to open a column's panel. */
export interface HeaderActions {
  filtered: ReadonlySet<number>;
  openColumn: ((column: number) => void) | null;
  label: string;
}

export interface HeaderLabelParams extends IHeaderParams {
  actions: () => HeaderActions;
}

/**
 * A column's name with a button to its profile and filters. The glyph comes from CSS, so the header's text stays the
 * column's name. Plain DOM, as the grid itself draws: the grid re-creates headers when they change.
 */
export class HeaderLabel implements IInnerHeaderComponent {
  private gui!: HTMLElement;

  init(params: HeaderLabelParams): void {
    const { filtered, openColumn, label } = params.actions();
    const position = Number(params.column.getColId().slice(1));
    this.gui = document.createElement('span');
    this.gui.className = 'grid-header-label';
    const text = document.createElement('span');
    text.className = 'ag-header-cell-text';
    text.textContent = params.displayName;
    this.gui.append(text);
    if (!openColumn) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = filtered.has(position) ? 'column-button filtered' : 'column-button';
    button.title = label;
    button.setAttribute('aria-label', `${params.displayName}: ${label}`);
    button.dataset.testid = 'column-button';
    // The grid sorts on a click of the header: the button's click goes no further.
    button.addEventListener('mousedown', (e) => e.stopPropagation());
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      openColumn(position);
    });
    this.gui.append(button);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(): boolean {
    return false;
  }
}
