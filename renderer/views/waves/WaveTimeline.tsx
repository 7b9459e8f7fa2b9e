import type { WavesResult } from '../../../shared/waves';
import { useT } from '../../state/langStore';
import { formatInt } from '../../components/format';

/** One bar per wave: the hours it needs against its maintenance window (outline), in wave order. */
export function WaveTimeline({ waves }: { waves: WavesResult }) {
  const t = useT();
  const max = Math.max(1, ...waves.waves.map((w) => Math.max(w.hours, w.windowHours)));
  const pct = (h: number): string => `${Math.min(100, (h / max) * 100).toFixed(2)}%`;
  return (
    <figure className="panel wave-timeline" data-testid="wave-timeline" aria-label={t('ui.waves.timeline')}>
      <figcaption className="panel-head">
        <h2>{t('ui.waves.timeline')}</h2>
        <span className="muted small">
          <span className="wave-key wave-key-hours" /> {t('ui.waves.hoursNeeded')} <span className="wave-key wave-key-window" /> {t('ui.waves.window')}
        </span>
      </figcaption>
      <ol className="wave-timeline-rows">
        {waves.waves.map((w) => (
          <li key={w.id} className="wave-timeline-row" data-testid={`wave-bar-${w.id}`}>
            <span className="wave-timeline-label">
              {w.id}
              {w.start ? <span className="muted small"> {w.start.replace('T', ' ')}</span> : null}
            </span>
            <span className="wave-timeline-track">
              <span className="wave-timeline-window" style={{ width: pct(w.windowHours) }} />
              <span className={`wave-timeline-bar wave-kind-${w.kind}${w.overLimits.length ? ' wave-over' : ''}`} style={{ width: pct(w.hours) }} title={t('ui.waves.barTitle', { id: w.id, h: formatInt(t.lang, w.hours), window: formatInt(t.lang, w.windowHours) })} />
            </span>
            <span className="wave-timeline-value small">{t('ui.waves.hoursShort', { h: formatInt(t.lang, w.hours) })}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
