import { useState } from 'react';
import { SUBSCRIPTION_TIERS, tierLabel, type CostInputs, type CostResult } from '../../../shared/cost';
import { editCost, setCostInput } from '../../../shared/cost/inputs';
import { useT } from '../../state/langStore';
import { parseAmount } from './parseAmount';
import { editCostDecisions } from './useCost';

type NumberFieldProps = {
  label: string;
  value: number | null;
  /** Allow an empty field (unknown). */
  nullable: boolean;
  max: number;
  onCommit(v: number | null): void;
  testId: string;
  hint?: string;
};

/** A number typed in either convention, committed when the field loses focus (Enter too). */
function NumberField({ label, value, nullable, max, onCommit, testId, hint }: NumberFieldProps) {
  const t = useT();
  const [error, setError] = useState(false);
  return (
    <label className="field cost-field">
      <span className="field-label">{label}</span>
      <input
        key={String(value)}
        className={`input cost-num${error ? ' invalid' : ''}`}
        defaultValue={value === null ? '' : String(value)}
        placeholder={nullable ? t('ui.cost.unknownPlaceholder') : undefined}
        inputMode="decimal"
        aria-invalid={error}
        onBlur={(e) => {
          const v = parseAmount(e.target.value);
          const ok = v !== undefined && (v !== null || nullable) && (v === null || v <= max);
          setError(!ok);
          if (ok && v !== value) onCommit(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
        data-testid={testId}
      />
      {error ? <span className="cost-error">{t('ui.cost.badNumber', { max })}</span> : hint ? <span className="muted small">{hint}</span> : null}
    </label>
  );
}

/** Quantities the inventory does not give, and discounts. */
export function InputsPanel({ inputs, result }: { inputs: CostInputs; result: CostResult }) {
  const t = useT();
  const hours = result.migrationHours;
  return (
    <div className="cost-inputs" data-testid="cost-inputs">
      <NumberField
        label={t('ui.cost.pbsServers')}
        value={inputs.pbsServers}
        nullable={false}
        max={10_000}
        onCommit={(v) => editCostDecisions((d) => setCostInput(d, 'pbsServers', Math.floor(v ?? 0)))}
        testId="cost-pbs-servers"
      />
      <label className="field cost-field">
        <span className="field-label">{t('ui.cost.pbsTier')}</span>
        <select
          value={inputs.pbsTier}
          onChange={(e) => {
            const tier = SUBSCRIPTION_TIERS.find((x) => x === e.target.value);
            if (tier) editCostDecisions((d) => setCostInput(d, 'pbsTier', tier));
          }}
          data-testid="cost-pbs-tier"
        >
          {SUBSCRIPTION_TIERS.map((x) => (
            <option key={x} value={x}>
              {t.text(tierLabel(x))}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label={t('ui.cost.migrationHours')}
        value={inputs.migrationHours}
        nullable
        max={10_000_000}
        onCommit={(v) => editCostDecisions((d) => setCostInput(d, 'migrationHours', v))}
        testId="cost-migration-hours"
        hint={hours.source === 'waves' ? t('ui.cost.hoursFromWaves', { hours: hours.hours ?? 0 }) : hours.source === 'unknown' ? t('ui.cost.hoursUnknown') : t('ui.cost.hoursUser')}
      />
      <NumberField
        label={t('ui.cost.trainees')}
        value={inputs.trainees}
        nullable
        max={100_000}
        onCommit={(v) => editCostDecisions((d) => setCostInput(d, 'trainees', v === null ? null : Math.floor(v)))}
        testId="cost-trainees"
      />
      <NumberField
        label={t('ui.cost.discountVmware')}
        value={inputs.discounts.vmware}
        nullable={false}
        max={100}
        onCommit={(v) => editCostDecisions((d) => editCost(d, (c) => ({ ...c, discounts: { ...c.discounts, vmware: v ?? 0 } })))}
        testId="cost-discount-vmware"
      />
      <NumberField
        label={t('ui.cost.discountProxmox')}
        value={inputs.discounts.proxmox}
        nullable={false}
        max={100}
        onCommit={(v) => editCostDecisions((d) => editCost(d, (c) => ({ ...c, discounts: { ...c.discounts, proxmox: v ?? 0 } })))}
        testId="cost-discount-proxmox"
      />
    </div>
  );
}
