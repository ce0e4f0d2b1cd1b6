import type { CurationView } from '../../common/curations';
import { useI18n } from '../i18n/locale';

/** Applied, or stale with the reason on hover: a stale curation is shown, never applied. */
export function CurationStatus({ curation }: { curation: CurationView }) {
  const { t } = useI18n();
  return (
    <span className={`curation-status status-${curation.status}`} title={curation.reason ?? undefined} data-testid="curation-status">
      {curation.status === 'applied' ? t('curation.applied') : `${t('curation.stale')}: ${curation.reason ?? ''}`}
    </span>
  );
}
