import type { ReactNode } from 'react';
import { keywordsInContext, type KeywordInContext } from '../../common/search/kwic';
import { lineOfHit } from '../../common/search/passages';
import type { HitGroup, PassageHit } from '../../common/search/rank';
import type { SourceRef } from '../app/workbenchContext';
import { useI18n } from '../i18n/locale';
import type { CorpusSearch } from './corpusSearch';

/** Where one KWIC line points: the passage's line holding that occurrence of the hit's text. */
function sourceOf(search: CorpusSearch, hit: PassageHit, k: KeywordInContext): SourceRef {
  const text = hit.passage.text;
  const occurrence = hit.spans.filter((o) => o.start < k.start && text.slice(o.start, o.end) === k.hit).length;
  const line = lineOfHit(hit.passage, k.hit, occurrence, (n) => search.lineText(hit.passage.corpus, n));
  return { entity_id: hit.passage.entity_id, line_start: line, line_end: line };
}

/** A passage's hits in context, each a button to the report's line. */
export function PassageHits({ search, hit, openSource, actions, record, excluded }: {
  search: CorpusSearch;
  hit: PassageHit;
  openSource(ref: SourceRef): void;
  actions?: ReactNode;
  /** The record's name, where the passage is listed outside its record's group. */
  record?: string;
  excluded?: boolean;
}) {
  const { t } = useI18n();
  const lines = keywordsInContext(hit.passage.text, hit.spans);
  return (
    <li className={excluded ? 'passage excluded' : 'passage'} data-testid="passage" data-passage-id={hit.passage.id} data-excluded={excluded ? 'true' : undefined}>
      <div className="passage-head">
        {record && <span className="passage-record">{record}</span>}
        <span className="passage-section">{hit.passage.section}</span> <span className="passage-label">{hit.passage.label}</span>
        <span className="passage-score" title={t('search.ranking')}>
          {hit.score.toFixed(2)}
        </span>
        {actions}
      </div>
      {lines.map((k) => {
        const ref = sourceOf(search, hit, k);
        return (
          <button key={k.span} className="kwic" title={t('search.openSource')} data-testid="kwic" data-line={ref.line_start} onClick={() => openSource(ref)}>
            <span className="kwic-before">
              <bdi>
                {k.cutBefore && '…'}
                {k.before}
              </bdi>
            </span>
            <mark>{k.hit}</mark>
            <span className="kwic-after">
              {k.after}
              {k.cutAfter && '…'}
            </span>
            <span className="kwic-line">L{ref.line_start}</span>
          </button>
        );
      })}
    </li>
  );
}

/** Hits grouped by record and program, best record first. */
export function SearchResults({ search, groups, openSource }: { search: CorpusSearch; groups: readonly HitGroup[]; openSource(ref: SourceRef): void }) {
  const { t } = useI18n();
  return (
    <ol className="hit-groups" data-testid="hit-groups">
      {groups.map((g) => (
        <li key={g.entity_id} className="hit-group" data-testid="hit-group" data-entity={g.entity_id}>
          <h3>
            {g.entity_id} <span className="muted">{t('search.passages', { n: g.passages })}</span>
          </h3>
          {g.programs.map((p) => (
            <section key={p.program ?? ''} className="hit-program">
              <h4>{p.program ?? t('search.common')}</h4>
              <ol>
                {p.hits.map((hit) => (
                  <PassageHits key={hit.passage.id} search={search} hit={hit} openSource={openSource} />
                ))}
              </ol>
            </section>
          ))}
        </li>
      ))}
    </ol>
  );
}
