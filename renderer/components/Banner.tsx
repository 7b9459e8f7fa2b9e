import type { Text } from '../../shared/i18n/text';
import { useT } from '../state/langStore';

type Props = { tone: 'error' | 'warning' | 'info' | 'success'; code?: string; message: Text; onDismiss?: () => void };

/** A message strip: coded errors show their code next to the message in the UI language. */
export function Banner({ tone, code, message, onDismiss }: Props) {
  const t = useT();
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="banner-icon" aria-hidden="true">
        {tone === 'error' ? '!' : tone === 'warning' ? '!' : tone === 'success' ? '✓' : 'i'}
      </span>
      <span className="banner-text">
        {code ? <code className="banner-code">{code}</code> : null}
        {t.text(message)}
      </span>
      {onDismiss ? (
        <button type="button" className="btn-icon" onClick={onDismiss} aria-label={t('ui.shell.dismiss')} title={t('ui.shell.dismiss')}>
          ×
        </button>
      ) : null}
    </div>
  );
}
