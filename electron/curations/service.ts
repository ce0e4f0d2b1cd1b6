import { randomBytes } from 'node:crypto';
import { curationKey, type Curation, type CurationListing, type CurationRequest } from '../../common/curations.js';
import { UserError } from '../../common/result.js';
import type { ParsedCorpus } from '../corpus/types.js';
import { applyCurationsWithOutcomes, corpusHash, type CurationOutcome } from '../outcomes/curations.js';
import { CurationStore, CurationStoreError, curationFileFor } from './store.js';

export interface CurationImportResult {
  listing: CurationListing;
  added: number;
  /** Received curations left out because she has her own for the same pair (never overwritten) or has this one. */
  skipped: number;
}

const newId = () => `c-${randomBytes(8).toString('hex')}`;

/**
 * The analyst's curations of one corpus: applied to the parsed corpus on every load, listed with what became of each,
 * changed only through requests checked against the corpus (the lines' text is read here, never taken from the page).
 */
export function createCurationService(options: { dataDir: string; corpus: string; parsed: () => Promise<ParsedCorpus>; onChange: () => void; now?: () => Date }) {
  const store = new CurationStore(curationFileFor(options.dataDir, options.corpus));
  const now = options.now ?? (() => new Date());

  const checkCorpus = (corpus: string) => {
    if (corpus !== options.corpus) throw new UserError('not_found', `コーパス「${corpus}」の確認は扱えません (${options.corpus} のみ)`);
  };

  /** The request as a stored curation: the lines must lie in the record, and a rule's pair must exist to be judged. */
  function toCuration(raw: ParsedCorpus, r: CurationRequest, id: string): Curation {
    const line = (n: number) => {
      const found = raw.lines.find((l) => l.line_no === n);
      if (!found || found.entity_id !== r.entity_id) throw new UserError('refused', `${n}行は「${r.entity_id}」の行ではありません`);
      return { line: n, text: found.text };
    };
    const curation: Curation = { id, action: r.action, entity_id: r.entity_id, target: line(r.target_line), result: line(r.result_line), note: r.note, who: r.who.trim(), when: now().toISOString() };
    if (r.extracted) curation.extracted = r.extracted;
    if (r.pair) curation.pair = r.pair;
    if (r.action !== 'add') {
      const pairs = raw.attainment.filter((a) => a.entity_id === r.entity_id && a.target_line === r.target_line && a.result_line === r.result_line);
      const matching = r.extracted ? pairs.filter((a) => a.target === r.extracted!.target && a.result === r.extracted!.result) : pairs;
      if (matching.length === 0) throw new UserError('refused', `規則は ${r.target_line}行 ↔ ${r.result_line}行の組を作っていません。「組を追加」を使ってください`);
      if (!r.extracted && pairs.length > 1) curation.extracted = { target: pairs[0].target, result: pairs[0].result };
    }
    return curation;
  }

  async function apply(raw: ParsedCorpus): Promise<{ parsed: ParsedCorpus; outcomes: CurationOutcome[]; curations: Curation[] }> {
    let file;
    try {
      file = await store.read();
    } catch (e) {
      if (!(e instanceof CurationStoreError)) throw e;
      const warning = { corpus: raw.corpus, line_no: null, entity_id: null, code: 'curation_file_unreadable', message: e.message };
      return { parsed: { ...raw, parse_warnings: [...raw.parse_warnings, warning] }, outcomes: [], curations: [] };
    }
    if (!file) return { parsed: raw, outcomes: [], curations: [] };
    return { ...applyCurationsWithOutcomes(raw, file), curations: file.curations };
  }

  async function listing(): Promise<CurationListing> {
    const raw = await options.parsed();
    const file = await store.read();
    const curations = file?.curations ?? [];
    const { outcomes } = file ? applyCurationsWithOutcomes(raw, file) : { outcomes: [] as CurationOutcome[] };
    return {
      corpus: options.corpus,
      corpus_hash: corpusHash(raw),
      curations: curations.map((c, i) => ({ ...c, id: c.id!, status: outcomes[i]?.status ?? 'stale', reason: outcomes[i]?.status === 'stale' ? (outcomes[i] as { reason: string }).reason : null })),
    };
  }

  async function change<T>(corpus: string, edit: (raw: ParsedCorpus, curations: Curation[]) => { curations: Curation[]; value: T }): Promise<T> {
    checkCorpus(corpus);
    const raw = await options.parsed();
    const value = await store.change(options.corpus, corpusHash(raw), (curations) => edit(raw, curations));
    options.onChange();
    return value;
  }

  const withoutKey = (curations: Curation[], c: Curation) => curations.filter((x) => curationKey(x) !== curationKey(c) && x.id !== c.id);

  return {
    apply,
    list: async (corpus: string) => {
      checkCorpus(corpus);
      return listing();
    },
    /** A second curation of the same pair replaces the first: she changed her mind. */
    add: async (corpus: string, request: CurationRequest) => {
      await change(corpus, (raw, curations) => {
        const c = toCuration(raw, request, newId());
        return { curations: [...withoutKey(curations, c), c], value: null };
      });
      return listing();
    },
    update: async (corpus: string, id: string, request: CurationRequest) => {
      await change(corpus, (raw, curations) => {
        if (!curations.some((c) => c.id === id)) throw new UserError('not_found', 'この確認はもうありません (削除されたか、ファイルが変わりました)');
        const c = toCuration(raw, request, id);
        return { curations: curations.map((x) => (x.id === id ? c : x)).filter((x) => x === c || curationKey(x) !== curationKey(c)), value: null };
      });
      return listing();
    },
    remove: async (corpus: string, id: string) => {
      await change(corpus, (_raw, curations) => ({ curations: curations.filter((c) => c.id !== id), value: null }));
      return listing();
    },
    /** Curations received with a notebook: added as they were made (their line texts kept, so stale ones show stale). */
    importMany: async (corpus: string, received: Curation[]): Promise<CurationImportResult> => {
      const counts = await change(corpus, (_raw, curations) => {
        const keys = new Set(curations.map(curationKey));
        const ids = new Set(curations.map((c) => c.id));
        const fresh = received.filter((c) => !keys.has(curationKey(c)) && !(c.id && ids.has(c.id)));
        return { curations: [...curations, ...fresh.map((c) => ({ ...c, id: c.id ?? newId() }))], value: { added: fresh.length, skipped: received.length - fresh.length } };
      });
      return { listing: await listing(), ...counts };
    },
  };
}

export type CurationService = ReturnType<typeof createCurationService>;
