import type { StorageMap } from '../../../shared/mapping';
import { useT } from '../../state/langStore';
import { StorageRow } from './StorageRow';

/** Datastore → Proxmox storage (id, type, target capacity), editable (saved as `decisions.storageMap`). */
export function StorageMapEditor({ map }: { map: StorageMap }) {
  const t = useT();
  return (
    <div className="panel">
      <div className="panel-head">
        <h2>{t('ui.mapping.tabStorage')}</h2>
        <span className="muted">{t('ui.mapping.stoGrowth', { pct: Math.round(map.growthMargin * 100) })}</span>
      </div>
      <p className="muted rd-small">{t('ui.mapping.stoLead')}</p>
      {map.entries.length === 0 ? (
        <p className="muted">{t('ui.mapping.noStorage')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table mp-table" data-testid="sto-map">
            <thead>
              <tr>
                <th>{t('readiness.map.col.datastore')}</th>
                <th>{t('ui.mapping.colKind')}</th>
                <th className="num">{t('ui.mapping.colVms')}</th>
                <th className="num">{t('readiness.map.col.capacity')}</th>
                <th className="num">{t('readiness.map.col.required')}</th>
                <th style={{ width: 140 }}>{t('readiness.map.col.storage')}</th>
                <th style={{ width: 100 }}>{t('readiness.map.col.pveType')}</th>
                <th style={{ width: 110 }}>{t('ui.mapping.colTarget')}</th>
                <th>{t('readiness.map.col.fits')}</th>
                <th>{t('ui.mapping.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {map.entries.map((e) => (
                <StorageRow key={`${e.id}|${e.storage}|${e.type}|${e.targetCapacityMiB ?? ''}`} e={e} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
