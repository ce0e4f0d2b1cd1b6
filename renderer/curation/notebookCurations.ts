/** Curations travelling with a notebook: written into its metadata on save, offered (never forced) to whoever opens it. */
import { curationKey, type Curation, type CurationListing } from '../../common/curations';
import type { Notebook } from '../../common/notebookFormat';

/** The notebook as it is saved: with her curations of the corpus in metadata.curations (none: the key is left out). */
export function withCurations(notebook: Notebook, listing: CurationListing | null): Notebook {
  const { curations: _old, ...rest } = notebook.metadata;
  if (!listing || listing.curations.length === 0) return { ...notebook, metadata: rest };
  const curations: Curation[] = listing.curations.map(({ status: _s, reason: _r, ...c }) => c);
  return { ...notebook, metadata: { ...rest, curations: { corpus: listing.corpus, corpus_hash: listing.corpus_hash, curations } } };
}

/** The received curations she does not have yet (same id, or her own for the same pair): what applying would add. */
export function receivedCurations(notebook: Notebook, listing: CurationListing | null): Curation[] {
  const carried = notebook.metadata.curations;
  if (!carried || !listing || carried.corpus !== listing.corpus) return [];
  const keys = new Set(listing.curations.map(curationKey));
  const ids = new Set(listing.curations.map((c) => c.id));
  return carried.curations.filter((c) => !keys.has(curationKey(c)) && !(c.id && ids.has(c.id)));
}

/** Who made them, for the notice: one name, or the names joined. */
export function curatorsOf(curations: readonly Curation[]): string {
  return [...new Set(curations.map((c) => c.who))].join('・');
}
