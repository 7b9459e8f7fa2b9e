import { type KeyboardEvent } from 'react';
import { MIGRATION_METHODS, setMigrationMethod, setWaveField, WAVE_START_RE } from '../../../shared/model/decisions';
import type { Wave, WavesResult } from '../../../shared/waves';
import { updateDecisions } from '../../state/decisions';
import { formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { neighbourWave, parseNumber } from './waveEdits';

type Props = {
  wave: Wave;
  waves: WavesResult;
  /** Move `vmKey` (and the VMs that must move with it) to a wave; undefined = give it back to the planner. */
  move(vmKey: string, waveId: string | undefined): void;
};

/** One wave: name, start and window (editable), its figures, and its VMs (move, lock, method). */
export function WaveCard({ wave, waves, move }: Props) {
  const t = useT();
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, vmKey: string, locked: boolean): void => {
    if (e.target !== e.currentTarget) return;
    if (e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const to = neighbourWave(waves, wave.id, e.key === 'ArrowDown' ? 1 : -1);
      if (to) move(vmKey, to);
    } else if (e.key === 'l' || e.key === 'L') {
      e.preventDefault();
      move(vmKey, locked ? undefined : wave.id);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const rows = [...document.querySelectorAll<HTMLElement>('tr[data-wave-row]')];
      const i = rows.indexOf(e.currentTarget);
      rows[i + (e.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  };
  return (
    <section className={`panel wave-card wave-kind-${wave.kind}`} aria-labelledby={`wave-${wave.id}-title`} data-testid={`wave-${wave.id}`}>
      <div className="panel-head wave-head">
        <h2 id={`wave-${wave.id}-title`}>
          {wave.id} · {t.text(wave.name)} <span className="muted small">({t(`waves.kind.${wave.kind}`)})</span>
        </h2>
        <span className="muted small" data-testid={`wave-${wave.id}-stats`}>
          {t('ui.waves.stats', { n: wave.vms.length, gib: formatInt(t.lang, wave.copyGiB), h: formatInt(t.lang, wave.hours), window: formatInt(t.lang, wave.windowHours), down: formatInt(t.lang, wave.maxDowntimeHours) })}
        </span>
      </div>
      <div className="wave-edit">
        <label className="field">
          <span className="field-label">{t('ui.waves.name')}</span>
          <input
            key={`${wave.id}-${wave.named ? t.text(wave.name) : ''}`}
            className="input"
            defaultValue={wave.named ? t.text(wave.name) : ''}
            placeholder={t.text(wave.name)}
            maxLength={80}
            data-testid={`wave-${wave.id}-name`}
            onBlur={(e) => updateDecisions((d) => setWaveField(d, wave.id, 'name', e.target.value.trim() || undefined))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('ui.waves.start')}</span>
          <input
            type="datetime-local"
            className="input"
            value={wave.start ? (wave.start.length === 10 ? `${wave.start}T00:00` : wave.start) : ''}
            data-testid={`wave-${wave.id}-start`}
            onChange={(e) => {
              const v = e.target.value;
              if (v === '' || WAVE_START_RE.test(v)) updateDecisions((d) => setWaveField(d, wave.id, 'start', v || undefined));
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('ui.waves.windowHours')}</span>
          <input
            key={`${wave.id}-${wave.windowHours}`}
            className="input wave-num"
            defaultValue={String(wave.windowHours)}
            inputMode="decimal"
            data-testid={`wave-${wave.id}-window`}
            onBlur={(e) => {
              const v = parseNumber(e.target.value);
              if (v !== wave.windowHours) updateDecisions((d) => setWaveField(d, wave.id, 'windowHours', v));
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
          />
        </label>
      </div>
      {wave.overLimits.map((o, i) => (
        <p key={i} className="wave-over-text" role="note">
          ⚠ {t.text(o)}
        </p>
      ))}
      {wave.vms.length === 0 ? <p className="muted">{t('ui.waves.empty')}</p> : null}
      {wave.vms.length > 0 ? (
        <table className="table wave-vms">
          <thead>
            <tr>
              <th scope="col">{t('ui.waves.col.vm')}</th>
              <th scope="col">VMID</th>
              <th scope="col">{t('ui.waves.col.node')}</th>
              <th scope="col" className="num">GiB</th>
              <th scope="col" className="num">{t('ui.waves.col.hours')}</th>
              <th scope="col" className="num">{t('ui.waves.col.downtime')}</th>
              <th scope="col">{t('ui.waves.col.method')}</th>
              <th scope="col">{t('ui.waves.col.move')}</th>
              <th scope="col">{t('ui.waves.col.note')}</th>
            </tr>
          </thead>
          <tbody>
            {wave.vms.map((v) => (
              <tr key={v.vmKey} tabIndex={0} data-wave-row="" data-testid={`wave-vm-${v.vmid}`} data-wave={wave.id} onKeyDown={(e) => onRowKey(e, v.vmKey, v.locked)} aria-label={t('ui.waves.rowLabel', { name: v.name, id: wave.id })}>
                <td>
                  {v.locked ? (
                    <span title={t('ui.waves.locked')} aria-label={t('ui.waves.locked')}>
                      🔒{' '}
                    </span>
                  ) : null}
                  {v.name}
                </td>
                <td>{v.vmid}</td>
                <td>{v.node ? `${v.cluster ?? ''}/${v.node}` : '—'}</td>
                <td className="num">{v.copyGiB.source === 'unknown' ? '?' : formatInt(t.lang, v.copyGiB.value)}</td>
                <td className="num">{formatInt(t.lang, v.hours.value)}</td>
                <td className="num">{formatInt(t.lang, v.downtimeHours.value)}</td>
                <td>
                  <select
                    value={v.method}
                    aria-label={t('ui.waves.col.method')}
                    onChange={(e) => {
                      const m = MIGRATION_METHODS.find((x) => x === e.target.value);
                      updateDecisions((d) => setMigrationMethod(d, v.vmKey, m));
                    }}
                  >
                    {MIGRATION_METHODS.map((m) => (
                      <option key={m} value={m}>
                        {t(`waves.method.${m}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select value={wave.id} aria-label={t('ui.waves.moveTo', { name: v.name })} data-testid={`wave-move-${v.vmid}`} onChange={(e) => move(v.vmKey, e.target.value)}>
                    {[...waves.waves.map((w) => w.id), neighbourWave(waves, waves.waves.at(-1)?.id ?? wave.id, 1)].filter((x): x is string => x !== undefined).map((id) => (
                      <option key={id} value={id}>
                        {id}
                      </option>
                    ))}
                  </select>{' '}
                  <button type="button" className="btn btn-small" aria-pressed={v.locked} onClick={() => move(v.vmKey, v.locked ? undefined : wave.id)} data-testid={`wave-lock-${v.vmid}`}>
                    {v.locked ? t('ui.waves.unlock') : t('ui.waves.lock')}
                  </button>
                </td>
                <td className="small">{v.held ? t.text(v.held) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
