import { useEffect, useMemo, useRef, useState } from 'react';
import { toSweepInput } from '../../../shared/design/sweepInput';
import { NoProjectView } from '../../components/NoProjectView';
import type { TKey } from '../../../shared/i18n';
import { Banner } from '../../components/Banner';
import { formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { usePlanStore } from '../../state/planStore';
import { EventEditor } from './EventEditor';
import { PlacementBoard } from './PlacementBoard';
import { SchedulerControls } from './SchedulerControls';
import { SweepTable } from './SweepTable';
import {
  finalRows,
  loadAt,
  nodeColumns,
  plannedScheduler,
  presetScenario,
  PRESETS,
  runScenario,
  scenarioInput,
  snapshotAt,
  timeSteps,
  type EditorEvent,
  type PresetKind,
  type RunError,
  type RunOk,
  type SchedulerChoice,
  withScheduler,
} from './simulation';
import './simulate.css';

const SLOW_MS = 200;

/** Simulate step: HA what-if on a target cluster (presets or an event timeline) and the plan's N-1 sweep. */
export function SimulateView() {
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  const status = usePlanStore((s) => s.status);
  const clusters = plan?.design.clusters ?? [];
  const [cluster, setCluster] = useState<string>('');
  const current = clusters.find((c) => c.name === cluster) ?? clusters[0];
  const input = useMemo(() => (plan && current ? toSweepInput(plan.design, current.name) : undefined), [plan, current]);

  const [preset, setPreset] = useState<PresetKind>('powerOff');
  const [pNode, setPNode] = useState('');
  const [pSid, setPSid] = useState('');
  const [pTarget, setPTarget] = useState('');
  const [pFail, setPFail] = useState(3);
  const [events, setEvents] = useState<EditorEvent[]>([]);
  const [failStarts, setFailStarts] = useState<Record<string, number>>({});
  const [until, setUntil] = useState('');
  const [run, setRun] = useState<RunOk | RunError | null>(null);
  const [sched, setSched] = useState<SchedulerChoice | null>(null);
  const [stepIdx, setStepIdx] = useState(0);
  const idRef = useRef(1);
  const nextId = (): number => idRef.current++;

  // A different cluster (or a new plan for it) starts from an empty scenario.
  useEffect(() => {
    setEvents([]);
    setFailStarts({});
    setRun(null);
    setPNode('');
    setPSid('');
    setPTarget('');
    setSched(null);
  }, [current?.name]);

  const steps = useMemo(() => (run?.ok ? timeSteps(run.result) : []), [run]);
  const tNow = steps[Math.min(stepIdx, steps.length - 1)] ?? 0;
  const snap = useMemo(() => (run?.ok ? snapshotAt(run.scenario, run.result, tNow) : undefined), [run, tNow]);
  const logRef = useRef<HTMLOListElement | null>(null);
  const lastIdx = run?.ok ? run.result.timeline.reduce((m, e, i) => (e.t <= tNow ? i : m), -1) : -1;
  // Keep the newest line at the chosen time in view inside the log box (the page itself does not scroll).
  useEffect(() => {
    const ol = logRef.current;
    const li = ol?.querySelector<HTMLLIElement>('li[data-current="true"]');
    if (ol && li) ol.scrollTop = Math.max(0, li.offsetTop - ol.clientHeight + li.offsetHeight + 8);
  }, [lastIdx, run]);

  if (!plan) {
    return <NoProjectView title={status === 'running' ? t('ui.shell.loading') : t('ui.shell.noProject')} body={t('ui.simulate.noPlan')} />;
  }

  const play = (): void => {
    if (!input) return;
    const u = until.trim() === '' ? undefined : Math.max(0, Math.floor(Number(until) || 0));
    const r = runScenario(scenarioInput(withScheduler(input, sched ?? plannedScheduler(input)), events, failStarts, u), () => performance.now());
    setRun(r);
    setStepIdx(0);
  };

  const loadPreset = (): void => {
    if (!input) return;
    const p = presetScenario({ kind: preset, node: pNode || undefined, sid: pSid || undefined, targetNode: pTarget || undefined, failStarts: pFail }, input, idRef.current);
    idRef.current += p.events.length;
    setEvents(p.events);
    setFailStarts(p.failStarts);
    setRun(null);
  };

  const check = plan.haChecks.find((h) => h.cluster === current?.name);
  const needsNode = preset === 'powerOff' || preset === 'maintenance';

  return (
    <section className="view" aria-labelledby="sim-title">
      <header className="view-head view-head-row">
        <div>
          <h1 id="sim-title">{t('ui.simulate.title')}</h1>
          <p className="lead">{t('ui.simulate.lead')}</p>
        </div>
        {clusters.length > 0 ? (
          <label className="field">
            <span className="field-label">{t('ui.simulate.cluster')}</span>
            <select value={current?.name ?? ''} onChange={(e) => setCluster(e.target.value)} data-testid="sim-cluster">
              {clusters.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </header>
      {status === 'running' ? <Banner tone="info" message={{ vi: t('ui.simulate.computing'), en: t('ui.simulate.computing') }} /> : null}
      {clusters.length === 0 || !current ? <p className="muted">{t('ui.simulate.noClusters')}</p> : null}
      {input ? (
        <p className="muted" data-testid="sim-cluster-info">
          {t('ui.simulate.clusterInfo', { nodes: input.nodes.length, resources: input.resources.length, crs: input.crs })}
        </p>
      ) : null}
      {input && input.resources.length === 0 ? <p className="muted">{t('ui.simulate.noResources')}</p> : null}
      {input && input.resources.length > 0 ? (
        <div className="panel">
          <div className="panel-head">
            <h2>{t('ui.simulate.scenario')}</h2>
          </div>
          <div className="sim-preset">
            <label className="field">
              <span className="field-label">{t('ui.simulate.preset')}</span>
              <select value={preset} onChange={(e) => setPreset(e.target.value as PresetKind)} data-testid="sim-preset">
                {PRESETS.map((p) => (
                  <option key={p} value={p}>
                    {t(`ui.simulate.preset.${p}` as TKey)}
                  </option>
                ))}
              </select>
            </label>
            {needsNode ? (
              <label className="field">
                <span className="field-label">{t('ui.simulate.presetNode')}</span>
                <select value={pNode || input.nodes[0]} onChange={(e) => setPNode(e.target.value)} data-testid="sim-preset-node">
                  {input.nodes.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <label className="field">
                <span className="field-label">{t('ui.simulate.presetSid')}</span>
                <select value={pSid || input.resources[0]?.sid} onChange={(e) => setPSid(e.target.value)} data-testid="sim-preset-sid">
                  {input.resources.map((r) => (
                    <option key={r.sid} value={r.sid}>
                      {r.sid} ({r.node})
                    </option>
                  ))}
                </select>
              </label>
            )}
            {preset === 'migrate' ? (
              <label className="field">
                <span className="field-label">{t('ui.simulate.presetTarget')}</span>
                <select value={pTarget} onChange={(e) => setPTarget(e.target.value)}>
                  <option value="">—</option>
                  {input.nodes.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {preset === 'startFailure' ? (
              <label className="field">
                <span className="field-label">{t('ui.simulate.presetFailStarts')}</span>
                <input type="number" min={1} max={20} className="sim-num" value={pFail} onChange={(e) => setPFail(Math.max(1, Math.floor(Number(e.target.value) || 1)))} />
              </label>
            ) : null}
            <button type="button" className="btn" onClick={loadPreset} data-testid="sim-load-preset">
              {t('ui.simulate.applyPreset')}
            </button>
          </div>
          <SchedulerControls input={input} choice={sched ?? plannedScheduler(input)} onChange={setSched} />
          <h3>{t('ui.simulate.events')}</h3>
          <EventEditor input={input} events={events} onChange={setEvents} nextId={nextId} />
          {Object.entries(failStarts).map(([sid, n]) => (
            <p key={sid} className="muted">
              {t('ui.simulate.failStartsNote', { sid, n })}
            </p>
          ))}
          <div className="form-actions">
            <label className="field sim-inline">
              <span className="field-label">{t('ui.simulate.until')}</span>
              <input type="number" min={0} step={10} className="sim-num" value={until} onChange={(e) => setUntil(e.target.value)} />
            </label>
            <button type="button" className="btn btn-primary" onClick={play} data-testid="sim-play">
              ▶ {t('ui.simulate.play')}
            </button>
          </div>
        </div>
      ) : null}
      {run && !run.ok ? <Banner tone="error" code={run.code} message={run.message} /> : null}
      {run?.ok && snap && input ? (
        <div className="panel" data-testid="sim-result">
          <div className="panel-head">
            <h2>{t('ui.simulate.result')}</h2>
            <span className="muted">{t('ui.simulate.runInfo', { until: run.result.until, ms: formatInt(t.lang, Math.max(1, Math.round(run.ms))) })}</span>
          </div>
          {run.ms > SLOW_MS ? <Banner tone="warning" message={{ vi: t('ui.simulate.slowNote'), en: t('ui.simulate.slowNote') }} /> : null}
          <div className="sim-time">
            <button type="button" className="btn" disabled={stepIdx <= 0} onClick={() => setStepIdx((i) => Math.max(0, i - 1))} data-testid="sim-prev">
              {t('ui.simulate.prev')}
            </button>
            <label className="sim-slider">
              <span className="sim-sr-only">{t('ui.simulate.time')}</span>
              <input
                type="range"
                min={0}
                max={Math.max(0, steps.length - 1)}
                value={Math.min(stepIdx, steps.length - 1)}
                onChange={(e) => setStepIdx(Number(e.target.value))}
                aria-valuetext={`t = ${tNow}`}
                data-testid="sim-slider"
              />
            </label>
            <button type="button" className="btn" disabled={stepIdx >= steps.length - 1} onClick={() => setStepIdx((i) => Math.min(steps.length - 1, i + 1))} data-testid="sim-next">
              {t('ui.simulate.next')}
            </button>
            <span className="strong" data-testid="sim-time" data-t={tNow}>
              {t('ui.simulate.timeValue', { t: tNow, i: Math.min(stepIdx, steps.length - 1) + 1, n: steps.length })}
            </span>
          </div>
          <h3>{t('ui.simulate.placement', { t: tNow })}</h3>
          <PlacementBoard columns={nodeColumns(input.nodes, snap)} loads={loadAt(run.result, tNow)} names={Object.fromEntries((current?.ha.resources ?? []).map((r) => [r.sid, r.vmName]))} />
          <p className="muted sim-small">{t('ui.simulate.legend')}</p>
          <div className="sim-two">
            <div>
              <h3>{t('ui.simulate.log')}</h3>
              <p className="muted sim-small">{t('ui.simulate.logUpTo', { n: run.result.timeline.filter((e) => e.t <= tNow).length, t: tNow })}</p>
              <ol ref={logRef} className="sim-log" data-testid="sim-log" tabIndex={0} aria-label={t('ui.simulate.log')}>
                {run.result.timeline.map((e, i) => (
                  <li key={i} className={`sim-log-${e.kind}${e.t > tNow ? ' sim-log-future' : ''}`} data-current={i === lastIdx}>
                    <span className="sim-log-t">{e.t}s</span> {t.text(e.message)}
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h3>{t('ui.simulate.final', { t: run.result.until })}</h3>
              <div className="table-wrap">
                <table className="table" data-testid="sim-final">
                  <thead>
                    <tr>
                      <th>{t('ui.simulate.colSid')}</th>
                      <th>{t('ui.simulate.colNode')}</th>
                      <th>{t('ui.simulate.colHaState')}</th>
                      <th>{t('ui.simulate.colRunning')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {finalRows(run.result).map((r) => (
                      <tr key={r.sid} data-sid={r.sid}>
                        <td>
                          <code>{r.sid}</code>
                        </td>
                        <td>{r.node}</td>
                        <td>{r.state}</td>
                        <td>{r.running ? t('ui.simulate.yes') : t('ui.simulate.no')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
          <h3>{t('ui.simulate.capacity')}</h3>
          <ul className="sim-capacity" data-testid="sim-capacity">
            {run.result.capacity.filter((c) => c.overcommitted.length > 0).length === 0 ? <li>{t('ui.simulate.capacityNone')}</li> : null}
            {run.result.capacity
              .filter((c) => c.overcommitted.length > 0)
              .map((c) => (
                <li key={c.t}>
                  <span className="pill pill-error">{t('ui.simulate.capacityOver', { t: c.t, nodes: c.overcommitted.join(', ') })}</span>
                </li>
              ))}
          </ul>
          <p className="muted sim-small">{t.text(run.result.capacityNote)}</p>
        </div>
      ) : null}
      {check ? <SweepTable check={check} /> : null}
    </section>
  );
}

