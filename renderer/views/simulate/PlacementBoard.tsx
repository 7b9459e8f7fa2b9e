import type { NodeLoad } from '../../../shared/ha';
import { formatGiB, formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import type { NodeColumn } from './simulation';

type Props = { columns: NodeColumn[]; loads?: Record<string, NodeLoad>; names?: Record<string, string> };

/** Node columns with VM chips coloured by HA state; nodes that are off, cut off or fenced are greyed. */
export function PlacementBoard({ columns, loads, names }: Props) {
  const t = useT();
  return (
    <div className="sim-board" data-testid="sim-board">
      {columns.map((c) => {
        const l = loads?.[c.node];
        const pct = l?.memoryMiB ? Math.round((l.memoryMiBDemand / l.memoryMiB) * 100) : null;
        return (
          <section key={c.node} className={`sim-node${c.down ? ' sim-node-down' : ''}`} data-testid={`sim-node-${c.node}`} data-down={c.down} aria-label={c.node}>
            <h3 className="sim-node-name">{c.node}</h3>
            <div className="sim-node-state">{t('ui.simulate.nodeState', { power: c.power, network: c.network, ha: c.haState })}</div>
            {l ? (
              <div className="sim-node-load">
                {t('ui.simulate.load', {
                  mem: formatGiB(t.lang, l.memoryMiBDemand),
                  cap: l.memoryMiB ? formatGiB(t.lang, l.memoryMiB) : t('ui.simulate.unknown'),
                  pct: pct === null ? t('ui.simulate.unknown') : `${formatInt(t.lang, pct)} %`,
                  cpu: formatInt(t.lang, l.cpuDemand),
                  cpus: l.cpus ? formatInt(t.lang, l.cpus) : t('ui.simulate.unknown'),
                })}
                {l.memoryOvercommitted ? <span className="pill pill-error">{t('ui.simulate.overcommit')}</span> : null}
                {l.cpuOvercommitted ? <span className="pill pill-warning">{t('ui.simulate.cpuOvercommit')}</span> : null}
              </div>
            ) : null}
            <ul className="sim-chips">
              {c.vms.length === 0 ? <li className="muted">{t('ui.simulate.nodeEmpty')}</li> : null}
              {c.vms.map((v) => (
                <li key={v.sid} className={`sim-chip sim-chip-${v.tone}`} data-sid={v.sid} title={`${v.sid}${names?.[v.sid] ? ` (${names[v.sid]})` : ''}: ${v.state}${v.running ? '' : `, ${t('ui.simulate.notRunning')}`}`}>
                  <span className="sim-chip-sid">{v.sid}</span>
                  {names?.[v.sid] ? <span className="sim-chip-name">{names[v.sid]}</span> : null}
                  <span className="sim-chip-state">{v.state}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
