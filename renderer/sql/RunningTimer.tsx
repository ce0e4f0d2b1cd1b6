import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/locale';

/** 実行中… with the seconds since the run started, so a long query visibly lives. */
export function RunningTimer({ startedAt }: { startedAt: number }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, []);
  return (
    <span className="running" data-testid="running-elapsed">
      {t('sql.running')} {t('result.elapsed', { seconds: (Math.max(0, now - startedAt) / 1000).toFixed(1) })}
    </span>
  );
}
