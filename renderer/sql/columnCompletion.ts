import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';

/**
 * Column names anywhere in a statement (lang-sql completes them only after "table."), those of the tables the
 * statement names first; the detail says which table has the column.
 */
export function columnCompletionSource(schema: Record<string, string[]>): (context: CompletionContext) => CompletionResult | null {
  const tablesOf = new Map<string, string[]>();
  for (const [table, columns] of Object.entries(schema)) {
    for (const column of columns) tablesOf.set(column, [...(tablesOf.get(column) ?? []), table]);
  }
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[\p{L}\p{N}_]+/u);
    if (!word && !context.explicit) return null;
    const from = word ? word.from : context.pos;
    if (context.state.sliceDoc(from - 1, from) === '.') return null;
    const text = context.state.doc.toString().toLowerCase();
    const named = new Set(Object.keys(schema).filter((t) => new RegExp(`\\b${t.toLowerCase()}\\b`).test(text)));
    return {
      from,
      options: [...tablesOf].map(([column, tables]) => ({
        label: column,
        type: 'property',
        detail: tables.join(', '),
        boost: tables.some((t) => named.has(t)) ? 1 : -1,
      })),
      validFor: /^[\p{L}\p{N}_]*$/u,
    };
  };
}
