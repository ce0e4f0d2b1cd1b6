import { CURATION_ID_PATTERN, CURATION_LIMITS, curationIssues, requestIssues, type Curation, type CurationRequest } from '../../common/curations.js';
import { channel } from '../ipc/channel.js';
import { ArgumentError, obj, str, type Check } from '../ipc/validate.js';
import type { CurationService } from './service.js';

/** A check built from one of common/curations.ts's issue lists: the first problems, with their paths, in the error. */
function fromIssues<T>(issues: (value: unknown, at: string) => string[]): Check<T> {
  return (value, at) => {
    const found = issues(value, at);
    if (found.length > 0) throw new ArgumentError(found.slice(0, 5).join('\n'));
    return value as T;
  };
}

export const curationRequestArg = fromIssues<CurationRequest>(requestIssues);

export const receivedCurationsArg: Check<Curation[]> = (value, at) => {
  if (!Array.isArray(value)) throw new ArgumentError(`${at}: 配列が必要です`);
  if (value.length > CURATION_LIMITS.perCorpus) throw new ArgumentError(`${at}: ${CURATION_LIMITS.perCorpus} 件までです`);
  return fromIssues<Curation[]>((v, p) => (v as unknown[]).flatMap((c, i) => curationIssues(c, `${p}[${i}]`)))(value, at);
};

const corpus = str({ min: 1, max: 200 });
const id = str({ pattern: CURATION_ID_PATTERN, max: 40 });

/** The curation channels; the API registry spreads these in. */
export function curationChannels(service: CurationService) {
  return {
    'curations.list': channel(obj({ corpus }), (a) => service.list(a.corpus)),
    'curations.add': channel(obj({ corpus, curation: curationRequestArg }), (a) => service.add(a.corpus, a.curation)),
    'curations.update': channel(obj({ corpus, id, curation: curationRequestArg }), (a) => service.update(a.corpus, a.id, a.curation)),
    'curations.remove': channel(obj({ corpus, id }), (a) => service.remove(a.corpus, a.id)),
    'curations.import': channel(obj({ corpus, curations: receivedCurationsArg }), (a) => service.importMany(a.corpus, a.curations)),
  };
}
