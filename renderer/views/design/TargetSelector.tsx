import { PVE_TARGET_LABEL } from '../../../shared/mapping/conceptMap';
import { PVE_TARGETS, type PveTarget } from '../../../shared/model/assumptions';
import { Segmented } from '../../components/Segmented';
import { updateAssumptions } from '../../state/decisions';
import { useT } from '../../state/langStore';
import { useProjectStore } from '../../state/projectStore';


/** The target PVE version selector (an assumption of the project). */
export function TargetSelector() {
  const t = useT();
  const target = useProjectStore((s) => s.project?.assumptions.pveTarget) ?? 'pve9.0';
  return (
    <div className="field">
      <span className="field-label" id="dz-target-label">
        {t('ui.design.target')}
      </span>
      <Segmented<PveTarget>
        options={PVE_TARGETS.map((x) => ({
          value: x,
          label: t.text(PVE_TARGET_LABEL[x]),
          testId: `pve-target-${x}`,
        }))}
        value={target}
        onChange={(pveTarget) => updateAssumptions({ pveTarget })}
        labelledBy="dz-target-label"
      />
    </div>
  );
}
