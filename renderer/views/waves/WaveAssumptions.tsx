import { useState } from 'react';
import { ASSUMPTION_SPECS, MIGRATION_METHODS, type Assumptions } from '../../../shared/model/assumptions';
import type { TKey } from '../../../shared/i18n';
import { updateAssumptions } from '../../state/decisions';
import { useT } from '../../state/langStore';
import { parseNumber } from './waveEdits';

type NumKey = 'migrationGiBPerHour' | 'migrationOverheadMinutes' | 'migrationParallel' | 'waveMaxVms' | 'waveMaxCopyTiB' | 'waveWindowHours' | 'pilotWaveMaxVms';
const FIELDS: readonly [NumKey, TKey][] = [
  ['migrationGiBPerHour', 'ui.waves.a.rate'],
  ['migrationOverheadMinutes', 'ui.waves.a.overhead'],
  ['migrationParallel', 'ui.waves.a.parallel'],
  ['waveMaxVms', 'ui.waves.a.maxVms'],
  ['waveMaxCopyTiB', 'ui.waves.a.maxTiB'],
  ['waveWindowHours', 'ui.waves.a.window'],
  ['pilotWaveMaxVms', 'ui.waves.a.pilot'],
];

function Field({ name, label, value }: { name: NumKey; label: string; value: number }) {
  const t = useT();
  const spec = ASSUMPTION_SPECS[name];
  const [bad, setBad] = useState(false);
  const min = spec.kind === 'number' ? spec.min : 0;
  const max = spec.kind === 'number' ? spec.max : 0;
  return (
    <label className="field wave-field">
      <span className="field-label">{label}</span>
      <input
        key={String(value)}
        className={`input wave-num${bad ? ' invalid' : ''}`}
        defaultValue={String(value)}
        inputMode="decimal"
        aria-invalid={bad}
        data-testid={`wave-a-${name}`}
        onBlur={(e) => {
          const v = parseNumber(e.target.value);
          const ok = v !== undefined && v >= min && v <= max;
          setBad(!ok);
          if (ok && v !== value) updateAssumptions({ [name]: spec.kind === 'number' && spec.integer ? Math.floor(v) : v });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      {bad ? <span className="wave-error small">{t('ui.waves.badNumber', { min, max })}</span> : null}
    </label>
  );
}

/** The throughput and limit assumptions behind every duration, editable in place. */
export function WaveAssumptions({ a }: { a: Assumptions }) {
  const t = useT();
  return (
    <section className="panel wave-assumptions" aria-labelledby="wave-a-title" data-testid="wave-assumptions">
      <div className="panel-head">
        <h2 id="wave-a-title">{t('ui.waves.assumptions')}</h2>
        <span className="muted small">{t('ui.waves.assumptionsHint')}</span>
      </div>
      <div className="wave-fields">
        {FIELDS.map(([k, label]) => (
          <Field key={k} name={k} label={t(label)} value={a[k]} />
        ))}
        <label className="field wave-field">
          <span className="field-label">{t('ui.waves.a.method')}</span>
          <select
            value={a.migrationMethod}
            data-testid="wave-a-method"
            onChange={(e) => {
              const m = MIGRATION_METHODS.find((x) => x === e.target.value);
              if (m) updateAssumptions({ migrationMethod: m });
            }}
          >
            {MIGRATION_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`waves.method.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
