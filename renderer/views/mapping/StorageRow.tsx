import { useState } from 'react';
import type { TKey } from '../../../shared/i18n';
import type { StorageEntry } from '../../../shared/mapping';
import { setStorageOverride, STORAGE_ID_RE, STORAGE_TYPES, type PveStorageType, type StorageOverride } from '../../../shared/model/decisions';
import { formatGiB, formatInt } from '../../components/format';
import { updateDecisions } from '../../state/decisions';
import { useT } from '../../state/langStore';
import { parseGiBToMiB } from './mappingEdits';

const KIND_KEY: Record<StorageEntry['kind'], TKey> = {
  nfs: 'ui.mapping.kind.nfs',
  'vmfs-shared': 'ui.mapping.kind.vmfsShared',
  'vmfs-local': 'ui.mapping.kind.vmfsLocal',
  vsan: 'ui.mapping.kind.vsan',
  vvol: 'ui.mapping.kind.vvol',
  unknown: 'ui.mapping.kind.unknown',
};

function gibInput(mib: number | undefined): string {
  return mib === undefined ? '' : String(Math.round((mib / 1024) * 10) / 10);
}

/** One datastore: the suggested Proxmox storage (id, type, target capacity), editable, and its fit. */
export function StorageRow({ e }: { e: StorageEntry }) {
  const t = useT();
  const [storage, setStorage] = useState(e.storage);
  const [type, setType] = useState<PveStorageType>(e.type);
  const [cap, setCap] = useState(gibInput(e.targetCapacityMiB));
  const storageOk = STORAGE_ID_RE.test(storage.trim());
  const capMiB = cap.trim() === '' ? undefined : parseGiBToMiB(cap);
  const capOk = cap.trim() === '' || capMiB !== undefined;
  const capChanged = cap !== gibInput(e.targetCapacityMiB);
  const dirty = storage.trim() !== e.storage || type !== e.type || capChanged;
  const overridden = e.source === 'override';

  const apply = (): void => {
    if (!storageOk || !capOk) return;
    const edit: StorageOverride = { storage: storage.trim(), type };
    if (capChanged && capMiB !== undefined) edit.capacityMiB = capMiB;
    updateDecisions((d) => setStorageOverride(d, e.id, edit));
  };
  const reset = (): void => updateDecisions((d) => setStorageOverride(d, e.id, undefined));

  return (
    <>
      <tr data-testid={`sto-row-${e.id}`} className={e.notes.length > 0 ? 'mp-has-note' : undefined}>
        <td className="strong">
          {e.datastore}
          {e.scope ? <span className="muted"> ({e.scope})</span> : null}
          {e.content.includes('iso') ? <span className="muted"> · content {e.content.join(',')}</span> : null}
        </td>
        <td>
          {t(KIND_KEY[e.kind])}
          {e.sourceType ? <div className="muted rd-small">{e.sourceType}</div> : null}
        </td>
        <td className="num">{formatInt(t.lang, e.vmCount)}</td>
        <td className="num">{formatGiB(t.lang, e.capacityMiB)}</td>
        <td className="num">
          {formatGiB(t.lang, e.requiredMiB)}
          <div className="muted rd-small">{e.thinTarget ? t('ui.mapping.thin') : t('ui.mapping.thick')}</div>
        </td>
        <td>
          <input
            className={`input mp-input${storageOk ? '' : ' is-invalid'}${overridden ? ' is-override' : ''}`}
            value={storage}
            onChange={(ev) => setStorage(ev.target.value)}
            aria-label={t('ui.mapping.storageFor', { name: e.datastore })}
            aria-invalid={!storageOk}
            title={storageOk ? undefined : t('ui.mapping.storageRule')}
            data-testid={`sto-id-${e.id}`}
          />
        </td>
        <td>
          <select
            className={`input mp-input${overridden ? ' is-override' : ''}`}
            value={type}
            onChange={(ev) => setType(ev.target.value as PveStorageType)}
            aria-label={t('ui.mapping.typeFor', { name: e.datastore })}
            data-testid={`sto-type-${e.id}`}
          >
            {STORAGE_TYPES.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </td>
        <td>
          <input
            className={`input mp-input mp-narrow${capOk ? '' : ' is-invalid'}${overridden ? ' is-override' : ''}`}
            value={cap}
            inputMode="decimal"
            onChange={(ev) => setCap(ev.target.value)}
            aria-label={t('ui.mapping.capacityFor', { name: e.datastore })}
            aria-invalid={!capOk}
            title={capOk ? undefined : t('ui.mapping.storageRule')}
            data-testid={`sto-cap-${e.id}`}
          />
        </td>
        <td data-testid={`sto-fits-${e.id}`}>
          {e.fits === undefined ? (
            <span className="muted">{t('common.unknown')}</span>
          ) : e.fits ? (
            <span className="pill pill-on">{t('ui.mapping.fitsYes')}</span>
          ) : (
            <span className="pill pill-error">{t('ui.mapping.fitsNo')}</span>
          )}
        </td>
        <td>
          <div className="mp-actions">
            <button
              type="button"
              className="btn rd-btn-sm btn-primary"
              disabled={!dirty || !storageOk || !capOk}
              onClick={apply}
              data-testid={`sto-apply-${e.id}`}
            >
              {t('ui.mapping.apply')}
            </button>
            {overridden ? (
              <button
                type="button"
                className="btn rd-btn-sm"
                onClick={reset}
                data-testid={`sto-reset-${e.id}`}
              >
                {t('ui.mapping.reset')}
              </button>
            ) : null}
          </div>
        </td>
      </tr>
      {e.notes.length > 0 ? (
        <tr className="mp-note-row">
          <td colSpan={10}>{e.notes.map((n) => t.text(n)).join(' ')}</td>
        </tr>
      ) : null}
    </>
  );
}
