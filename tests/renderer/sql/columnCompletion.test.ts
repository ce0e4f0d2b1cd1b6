import { CompletionContext } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { columnCompletionSource } from '../../../renderer/sql/columnCompletion';

const schema = { entities: ['entity_id', 'runs_takikan', 'population'], lines: ['line_no', 'entity_id', 'text'] };

function complete(doc: string, explicit = false) {
  const state = EditorState.create({ doc });
  return columnCompletionSource(schema)(new CompletionContext(state, doc.length, explicit));
}

describe('column completion', () => {
  it('offers every column, those of the tables the statement names first', () => {
    const r = complete('SELECT * FROM entities WHERE runs_ta');
    expect(r!.from).toBe('SELECT * FROM entities WHERE '.length);
    const byLabel = Object.fromEntries(r!.options.map((o) => [o.label, o]));
    expect(byLabel.runs_takikan).toMatchObject({ detail: 'entities', boost: 1 });
    expect(byLabel.entity_id.detail).toBe('entities, lines');
    expect(byLabel.line_no.boost).toBe(-1);
  });

  it('leaves "table.column" to the SQL language’s own completion', () => {
    expect(complete('SELECT entities.po')).toBeNull();
  });

  it('opens on Ctrl+Space even before a word', () => {
    expect(complete('SELECT ', true)!.options.length).toBe(5);
    expect(complete('SELECT ')).toBeNull();
  });
});
