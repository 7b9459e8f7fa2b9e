import type { VmReadiness } from '../../../shared/readiness';
import { useT } from '../../state/langStore';
import { CLASS_KEY } from './ClassChart';
import { FindingGroup } from './FindingGroup';
import { findingsByRule } from './readinessRows';

/** Detail panel of the selected VM: class, complexity, every finding grouped by rule, unknown rules. */
export function FindingPanel({ vm, ruleLabel }: { vm: VmReadiness | undefined; ruleLabel(ruleId: string): string }) {
  const t = useT();
  if (!vm) return <p className="muted">{t('ui.readiness.detailPick')}</p>;
  const groups = findingsByRule(vm);
  return (
    <div data-testid="rd-detail" data-vm={vm.vmKey}>
      <h3 className="rd-detail-name">{vm.name}</h3>
      <p className="rd-detail-meta">
        <span className={`pill rd-pill-${vm.class}`} data-testid="rd-detail-class">
          {t(CLASS_KEY[vm.class])}
        </span>{' '}
        <span className="muted">{t('ui.readiness.complexity', { n: vm.complexity })}</span>
        {vm.cluster ? <span className="muted"> · {vm.cluster}</span> : null}
      </p>
      {groups.length === 0 ? <p className="muted">{t('ui.readiness.detailNone')}</p> : null}
      <ul className="rd-findings">
        {groups.map((g) => (
          <FindingGroup key={`${vm.vmKey}|${g.ruleId}`} vmKey={vm.vmKey} ruleId={g.ruleId} findings={g.findings} />
        ))}
      </ul>
      {vm.unknown.length > 0 ? (
        <p className="muted rd-small">{t('ui.readiness.unknownRules', { list: vm.unknown.map((u) => ruleLabel(u.ruleId)).join('; ') })}</p>
      ) : null}
    </div>
  );
}
