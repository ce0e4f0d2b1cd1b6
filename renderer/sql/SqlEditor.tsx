import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { closeCompletion } from '@codemirror/autocomplete';
import { sql, type SQLConfig } from '@codemirror/lang-sql';
import { setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorSelection, Prec } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { columnCompletionSource } from './columnCompletion';
import { statementAt } from './statementAt';
import { DuckDbDialect } from './duckdbDialect';

function sqlLanguage(schema: Record<string, string[]>) {
  const config: SQLConfig = { dialect: DuckDbDialect, upperCaseKeywords: true, schema };
  return [sql(config), DuckDbDialect.language.data.of({ autocomplete: columnCompletionSource(schema) })];
}

export interface SqlEditorHandle {
  /** The selection if there is one, else the statement under the cursor, with its offset in the document. */
  sqlToRun(): { sql: string; from: number };
  insert(text: string): void;
  setText(text: string): void;
  showError(from: number, message: string): void;
  clearError(): void;
  focus(): void;
}

export interface SqlEditorProps {
  initialText: string;
  /** table → column names, for completion. */
  completionSchema: Record<string, string[]>;
  placeholderText: string;
  onRun(): void;
  onChange?(text: string): void;
}

/** CodeMirror 6 with DuckDB highlighting and completion from the live schema; Ctrl/Cmd+Enter runs. */
export const SqlEditor = forwardRef<SqlEditorHandle, SqlEditorProps>(function SqlEditor(props, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  const onRun = useRef(props.onRun);
  onRun.current = props.onRun;
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      doc: props.initialText,
      extensions: [
        Prec.highest(
          keymap.of([
            {
              key: 'Mod-Enter',
              run: (v) => {
                closeCompletion(v);
                onRun.current();
                return true;
              },
            },
          ]),
        ),
        basicSetup,
        language.current.of(sqlLanguage(props.completionSchema)),
        placeholder(props.placeholderText),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'SQL', 'data-testid': 'sql-editor' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange.current?.(u.state.doc.toString());
        }),
      ],
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // The editor is created once; later prop changes go through the compartment below.
  }, []);

  useEffect(() => {
    view.current?.dispatch({
      effects: language.current.reconfigure(sqlLanguage(props.completionSchema)),
    });
  }, [props.completionSchema]);

  useImperativeHandle(ref, () => ({
    sqlToRun() {
      const v = view.current!;
      const sel = v.state.selection.main;
      if (!sel.empty) return { sql: v.state.sliceDoc(sel.from, sel.to), from: sel.from };
      return statementAt(v.state.doc.toString(), sel.head) ?? { sql: '', from: 0 };
    },
    insert(text) {
      const v = view.current!;
      v.dispatch(v.state.replaceSelection(text));
      v.focus();
    },
    setText(text) {
      const v = view.current!;
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text }, selection: EditorSelection.cursor(text.length) });
      v.focus();
    },
    showError(from, message) {
      const v = view.current!;
      const end = v.state.doc.length;
      const pos = Math.min(from, end);
      // "at end of input" points past the text: underline the last word instead, so the mark can be seen.
      const lastWord = pos === end ? /\S+\s*$/.exec(v.state.sliceDoc(Math.max(0, end - 64), end)) : null;
      const start = lastWord ? end - lastWord[0].length : pos;
      const to = lastWord ? start + lastWord[0].trimEnd().length : Math.min(end, pos + Math.max(1, wordLengthAt(v.state.sliceDoc(pos, pos + 64))));
      v.dispatch(setDiagnostics(v.state, [{ from: start, to, severity: 'error', message }]));
      v.dispatch({ selection: EditorSelection.cursor(pos), scrollIntoView: true });
    },
    clearError() {
      const v = view.current;
      if (v) v.dispatch(setDiagnostics(v.state, []));
    },
    focus() {
      view.current?.focus();
    },
  }));

  return <div className="sql-editor" ref={host} />;
});

function wordLengthAt(text: string): number {
  const m = /^[\p{L}\p{N}_."]+/u.exec(text);
  return m ? m[0].length : 1;
}
