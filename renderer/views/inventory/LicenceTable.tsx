import { useMemo } from 'react';
import type { License } from '../../../shared/model/inventory';
import { formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { DataTab } from './DataTab';
import type { SortColumn } from './SortableTable';

const fields = (l: License): (string | undefined)[] => [l.name, l.costUnit, l.features, l.expiration, l.source];

/** vSphere licences as exported (keys are not shown: the name and usage are what the plan needs). */
export function LicenceTable({ licences }: { licences: readonly License[] }) {
  const t = useT();
  const columns = useMemo(
    (): SortColumn<License>[] => [
      { key: 'name', label: t('ui.inv.colLicence'), width: 'minmax(200px,2.4fr)', render: (l) => <span className="strong" title={l.name}>{l.name}</span>, sortValue: (l) => l.name },
      { key: 'used', label: t('ui.inv.colUsed'), width: '90px', align: 'right', render: (l) => formatInt(t.lang, l.used), sortValue: (l) => l.used },
      { key: 'total', label: t('ui.inv.colTotal'), width: '90px', align: 'right', render: (l) => formatInt(t.lang, l.total), sortValue: (l) => l.total },
      { key: 'unit', label: t('ui.inv.colUnit'), width: 'minmax(100px,1fr)', render: (l) => l.costUnit ?? '—', sortValue: (l) => l.costUnit },
      { key: 'exp', label: t('ui.inv.colExpires'), width: 'minmax(110px,1fr)', render: (l) => l.expiration ?? '—', sortValue: (l) => l.expiration },
      { key: 'src', label: t('ui.inv.colSource'), width: 'minmax(120px,1.2fr)', render: (l) => l.source, sortValue: (l) => l.source },
    ],
    [t.lang],
  );
  return <DataTab id="licences" rows={licences} columns={columns} rowKey={(l) => `${l.source}\u0000${l.name}\u0000${l.key ?? ''}`} searchFields={fields} label={t('ui.inv.tab.licences', { n: licences.length })} />;
}
