import type { TKey } from '../../../shared/i18n';
import type { Severity } from '../../../shared/readiness';
import { useT } from '../../state/langStore';

export const SEVERITY_KEY: Record<Severity, TKey> = {
  blocker: 'readiness.severity.blocker',
  warning: 'readiness.severity.warning',
  info: 'readiness.severity.info',
};

const TONE: Record<Severity, string> = { blocker: 'pill-error', warning: 'pill-warning', info: 'pill-info' };

/** A severity as a coloured pill; struck through when the finding is acknowledged. */
export function SeverityPill({ severity, acknowledged, children }: { severity: Severity; acknowledged?: boolean; children?: string }) {
  const t = useT();
  return (
    <span className={`pill ${TONE[severity]}${acknowledged ? ' rd-acked' : ''}`} title={acknowledged ? t('ui.readiness.ackedPill') : undefined}>
      {children ?? t(SEVERITY_KEY[severity])}
    </span>
  );
}
