import { useEffect, useState } from 'react';
import { assignToWave } from '../../../shared/model/decisions';
import { Banner } from '../../components/Banner';
import { NoProjectView } from '../../components/NoProjectView';
import { formatInt } from '../../components/format';
import { updateDecisions } from '../../state/decisions';
import { useT } from '../../state/langStore';
import { usePlanStore } from '../../state/planStore';
import { useProjectStore } from '../../state/projectStore';
import { IsolatedNetworks } from './IsolatedNetworks';
import { WaveAssumptions } from './WaveAssumptions';
import { WaveCard } from './WaveCard';
import { WaveTimeline } from './WaveTimeline';
import { unitOf } from './waveEdits';
import './waves.css';

/** Waves step: what moves when and how long it takes; move, lock, rename and date waves. */
export function WavesView() {
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  const status = usePlanStore((s) => s.status);
  const project = useProjectStore((s) => s.project);
  const [focusVm, setFocusVm] = useState<number | undefined>();

  useEffect(() => {
    if (focusVm === undefined || status === 'running') return;
    document.querySelector<HTMLElement>(`[data-testid="wave-vm-${focusVm}"]`)?.focus();
  }, [focusVm, plan, status]);

  if (!plan || !project) {
    return <NoProjectView title={status === 'running' ? t('ui.shell.loading') : t('ui.shell.noProject')} body={t('ui.waves.noPlan')} />;
  }
  const w = plan.waves;
  const move = (vmKey: string, waveId: string | undefined): void => {
    const vmid = w.waves.flatMap((x) => x.vms).find((v) => v.vmKey === vmKey)?.vmid;
    setFocusVm(vmid);
    updateDecisions((d) => assignToWave(d, unitOf(w, vmKey), waveId));
  };
  return (
    <section className="view" aria-labelledby="waves-title">
      <header className="view-head">
        <h1 id="waves-title">{t('ui.waves.title')}</h1>
        <p className="lead" data-testid="waves-lead">
          {t('ui.waves.lead', { vms: formatInt(t.lang, w.totals.vms), waves: w.waves.length, tib: formatInt(t.lang, Math.round((w.totals.copyGiB / 1024) * 100) / 100), h: formatInt(t.lang, w.totals.hours) })}
        </p>
        <p className="muted small">{t('ui.waves.keys')}</p>
      </header>
      {status === 'running' ? <Banner tone="info" message={{ vi: t('ui.simulate.computing'), en: t('ui.simulate.computing') }} /> : null}
      <WaveAssumptions a={plan.assumptions} />
      <IsolatedNetworks inventory={plan.inventory} decisions={project.decisions} />
      <WaveTimeline waves={w} />
      {w.notes.map((n, i) => (
        <p key={i} className="wave-over-text" role="note">
          {t.text(n)}
        </p>
      ))}
      {w.waves.map((x) => (
        <WaveCard key={x.id} wave={x} waves={w} move={move} />
      ))}
      {w.excluded.length ? (
        <section className="panel" data-testid="wave-excluded">
          <div className="panel-head">
            <h2>{t('ui.waves.excluded', { n: w.excluded.length })}</h2>
          </div>
          <ul className="wave-excluded">
            {w.excluded.map((e) => (
              <li key={e.vmKey}>
                <strong>{e.name}</strong>: {t.text(e.reason)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
