import { mkdirSync } from 'node:fs';
import { readCorpusText } from '../corpus/loadCorpus.js';
import { parseCorpusInto, parseCorpusText } from '../corpus/parseCorpus.js';
import { TABLE_NAMES, type ParsedCorpus, type TableName } from '../corpus/types.js';
import { ColumnSink } from './columnSink.js';
import { arrowFileWriters } from './ipcWriters.js';

/**
 * A corpus file to one Arrow IPC file per table in `dir`, streamed: each record's rows go into column builders and
 * every full batch to disk, so memory holds the text and one batch per table, not the corpus as row objects.
 * With `curate` the corpus is parsed to rows first, since curations are applied to the whole parsed corpus.
 */
export function corpusToArrowFiles(file: string, dir: string, curate?: (parsed: ParsedCorpus) => ParsedCorpus): Record<TableName, number> {
  const { name, text, issues } = readCorpusText(file);
  mkdirSync(dir, { recursive: true });
  const writers = arrowFileWriters(dir);
  // The files are written as each batch comes, so the builders' buffers can serve batch after batch.
  const sink = new ColumnSink(writers.onBatch, { buffers: 'reuse', dictionaries: false });
  if (curate) {
    const parsed = curate(parseCorpusText(text, name, issues));
    for (const table of TABLE_NAMES) for (const row of parsed[table]) sink.add(table, row);
  } else {
    parseCorpusInto(text, name, issues, sink);
  }
  sink.finish();
  writers.close();
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, sink.rows(t)])) as Record<TableName, number>;
}
