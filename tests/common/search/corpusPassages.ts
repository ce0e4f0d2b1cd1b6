import { bundled, seedLines } from '../../corpus/seed';
import { passagesFromFields } from '../../../common/search/passages';
import { buildSearchIndex, type SearchIndex } from '../../../common/search/searchIndex';

/** The bundled corpus's passages, as the 検索 room builds them from the engine's fields and entities. */
export function corpusIndex(): SearchIndex {
  const corpus = bundled();
  const prefecture = new Map(corpus.entities.map((e) => [e.entity_id, e.prefecture]));
  return buildSearchIndex(passagesFromFields(corpus.fields.map((f) => ({ ...f, prefecture: prefecture.get(f.entity_id) ?? null }))));
}

/** Records whose lines in the raw seed file contain the text: counted without the parser's fields or the search. */
export function recordsMentioning(text: string): Set<string> {
  const corpus = bundled();
  return new Set(corpus.entities.filter((e) => seedLines.slice(e.line_start - 1, e.line_end).some((l) => l.includes(text))).map((e) => e.entity_id));
}
