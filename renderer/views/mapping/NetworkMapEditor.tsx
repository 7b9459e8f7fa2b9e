import type { NetworkMap } from '../../../shared/mapping';
import { useT } from '../../state/langStore';
import { NetworkRow } from './NetworkRow';

/** Port group → bridge + VLAN tag, editable per port group (saved as `decisions.networkMap`). */
export function NetworkMapEditor({ map }: { map: NetworkMap }) {
  const t = useT();
  return (
    <div className="panel">
      <div className="panel-head">
        <h2>{t('ui.mapping.tabNetwork')}</h2>
        <span className="muted">{t('ui.mapping.netMode', { mode: map.mode, bridge: map.defaultBridge })}</span>
      </div>
      <p className="muted rd-small">{t('ui.mapping.netLead')}</p>
      {map.entries.length === 0 ? (
        <p className="muted">{t('ui.mapping.noNetworks')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table mp-table" data-testid="net-map">
            <thead>
              <tr>
                <th>{t('readiness.map.col.portGroup')}</th>
                <th>{t('readiness.map.col.kind')}</th>
                <th>{t('readiness.map.col.vlan')}</th>
                <th className="num">{t('ui.mapping.colVms')}</th>
                <th style={{ width: 130 }}>{t('readiness.map.col.bridge')}</th>
                <th style={{ width: 100 }}>{t('readiness.map.col.tag')}</th>
                <th>{t('ui.mapping.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {map.entries.map((e) => (
                <NetworkRow key={`${e.network}|${e.bridge}|${e.tag ?? ''}`} e={e} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted rd-small">{t('ui.mapping.bridgesNeeded', { list: map.bridges.map((b) => (b.vlans.length > 0 ? `${b.name} (VLAN ${b.vlans.join(', ')})` : b.name)).join('; ') })}</p>
    </div>
  );
}
