import { useRef } from 'react';
import type { ExampleNotebook, NotebookListing, RecentEntry, RecoveryCopy } from '../../common/api';
import type { Notebook } from '../../common/notebookFormat';
import type { NotebookMessageKey } from './messages';
import { hasNativeDialogs } from './notebookApi';

type Text = (key: NotebookMessageKey, params?: Record<string, string | number>) => string;

export interface OpenChoices {
  recent: RecentEntry[];
  saved: NotebookListing[];
  examples: ExampleNotebook[];
}

export function jaTime(iso: string): string {
  return new Date(iso).toLocaleString('ja-JP', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Browser mode's Save As: a name in the notebooks folder; a second press on an existing name overwrites it. */
export function SaveAsDialog(props: {
  name: { name: string; exists: boolean };
  t: Text;
  onChange(name: { name: string; exists: boolean }): void;
  onSubmit(): void;
  onClose(): void;
}) {
  const { name, t } = props;
  return (
    <form
      className="notebook-dialog"
      data-testid="save-as-dialog"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <label>
        {t('name')}
        <input autoFocus data-field="save-as-name" value={name.name} onChange={(e) => props.onChange({ name: e.target.value, exists: false })} />
      </label>
      <button className="primary" type="submit" data-action="confirm-save-as">{name.exists ? t('overwrite') : t('save')}</button>
      <button type="button" onClick={props.onClose}>{t('close')}</button>
      {name.exists && <span className="error-text">「{name.name}」はすでにあります。</span>}
    </form>
  );
}

/** Open: recent notebooks, the notebooks folder (browser mode), the shipped examples, and a file (Electron). */
export function OpenDialog(props: {
  choices: OpenChoices;
  t: Text;
  onOpenRef(ref: string): void;
  onOpenExample(notebook: Notebook): void;
  onOpenFile(): void;
  onPickFile(file: File): void;
  onClose(): void;
}) {
  const { choices, t } = props;
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className="notebook-dialog open-dialog" data-testid="open-dialog">
      <section>
        <h3>{t('recent')}</h3>
        <ul data-testid="recent-list">
          {choices.recent.map((r) => (
            <li key={r.ref}>
              <button className="link" data-ref={r.ref} onClick={() => props.onOpenRef(r.ref)}>{r.title}</button> <span className="muted">{r.ref} · {jaTime(r.openedAt)}</span>
            </li>
          ))}
        </ul>
      </section>
      {!hasNativeDialogs() && (
        <section>
          <h3>{t('savedNotebooks')}</h3>
          <ul data-testid="saved-list">
            {choices.saved.map((r) => (
              <li key={r.ref}>
                <button className="link" data-ref={r.ref} onClick={() => props.onOpenRef(r.ref)}>{r.ref}</button> <span className="muted">{r.title}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('examples')}</h3>
        <ul data-testid="example-list">
          {choices.examples.map((x) => (
            <li key={x.id}>
              <button className="link" data-example={x.id} onClick={() => props.onOpenExample(x.notebook)}>{x.title}</button>
            </li>
          ))}
        </ul>
      </section>
      <div className="dialog-actions">
        {hasNativeDialogs() ? (
          <button onClick={props.onOpenFile}>{t('fromFile')}</button>
        ) : (
          <>
            <button data-action="open-file" title={t('dropHint')} onClick={() => picker.current?.click()}>{t('fromFile')}</button>
            <input
              ref={picker}
              type="file"
              hidden
              accept=".json"
              data-testid="open-notebook-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) props.onPickFile(file);
              }}
            />
          </>
        )}
        <button onClick={props.onClose}>{t('close')}</button>
      </div>
    </div>
  );
}

/** An autosaved copy found at start: restore it or let it go. */
export function RecoveryBanner(props: { copy: RecoveryCopy; t: Text; onRestore(): void; onDiscard(): void }) {
  const { copy, t } = props;
  return (
    <div className="notebook-recovery" data-testid="notebook-recovery">
      {t('recoveryFound', { title: copy.notebook.metadata.title, at: jaTime(copy.autosavedAt) })}
      <button className="primary" onClick={props.onRestore}>
        {t('restore')}
      </button>
      <button onClick={props.onDiscard}>{t('discard')}</button>
    </div>
  );
}
