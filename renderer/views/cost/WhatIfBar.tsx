import { CURRENCIES, editionLabel, SUBSCRIPTION_TIERS, tierLabel, TCO_YEARS, VMWARE_EDITIONS, type CostInputs, type CostResult, type SubscriptionTier, type TcoYears } from '../../../shared/cost';
import { setAllTiers, setCostInput } from '../../../shared/cost/inputs';
import { Segmented } from '../../components/Segmented';
import { useT } from '../../state/langStore';
import { editCostDecisions } from './useCost';

type Props = { inputs: CostInputs; result: CostResult };

/** The workshop switches: period, currency, VMware edition, Proxmox level, the reported rules and new hardware. */
export function WhatIfBar({ inputs, result }: Props) {
  const t = useT();
  const tierValue: SubscriptionTier | 'mixed' = result.proxmox.tier;
  return (
    <div className="panel cost-whatif" data-testid="cost-whatif">
      <h2>{t('ui.cost.whatIf')}</h2>
      <div className="cost-whatif-grid">
        <div className="field">
          <span className="field-label" id="cost-years-label">
            {t('ui.cost.years')}
          </span>
          <Segmented<string>
            labelledBy="cost-years-label"
            value={String(inputs.years)}
            onChange={(v) => editCostDecisions((d) => setCostInput(d, 'years', Number(v) as TcoYears))}
            options={TCO_YEARS.map((y) => ({ value: String(y), label: t('ui.cost.yearsN', { n: y }), testId: `cost-years-${y}` }))}
          />
        </div>
        <div className="field">
          <span className="field-label" id="cost-currency-label">
            {t('ui.cost.currency')}
          </span>
          <Segmented<string>
            labelledBy="cost-currency-label"
            value={inputs.currency}
            onChange={(v) => editCostDecisions((d) => setCostInput(d, 'currency', CURRENCIES.find((c) => c === v) ?? 'USD'))}
            options={CURRENCIES.map((c) => ({ value: c, label: c, testId: `cost-currency-${c}` }))}
          />
        </div>
        <label className="field">
          <span className="field-label">{t('ui.cost.edition')}</span>
          <select
            className="select"
            value={inputs.vmwareEdition}
            onChange={(e) => {
              const v = e.target.value;
              const edition = v === 'current' ? 'current' : (VMWARE_EDITIONS.find((x) => x === v) ?? 'current');
              editCostDecisions((d) => setCostInput(d, 'vmwareEdition', edition));
            }}
            data-testid="cost-edition"
          >
            <option value="current">{t('ui.cost.editionCurrent')}</option>
            {VMWARE_EDITIONS.map((e) => (
              <option key={e} value={e}>
                {t.text(editionLabel(e))}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('ui.cost.tierAll')}</span>
          <select
            className="select"
            value={tierValue}
            onChange={(e) => {
              const tier = SUBSCRIPTION_TIERS.find((x) => x === e.target.value);
              if (tier) editCostDecisions((d) => setAllTiers(d, tier));
            }}
            data-testid="cost-tier-all"
          >
            {tierValue === 'mixed' ? <option value="mixed">{t('ui.cost.tierMixed')}</option> : null}
            {SUBSCRIPTION_TIERS.map((x) => (
              <option key={x} value={x}>
                {t.text(tierLabel(x))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="cost-switches">
        <label className="cost-switch">
          <input
            type="checkbox"
            checked={inputs.orderMinimum}
            onChange={(e) => editCostDecisions((d) => setCostInput(d, 'orderMinimum', e.target.checked))}
            data-testid="cost-minimum72"
          />
          <span>{t('ui.cost.minimum72')}</span> <span className="pill pill-warning">{t('ui.cost.reported')}</span>
        </label>
        <label className="cost-switch">
          <input
            type="checkbox"
            checked={inputs.lateRenewal}
            onChange={(e) => editCostDecisions((d) => setCostInput(d, 'lateRenewal', e.target.checked))}
            data-testid="cost-late-renewal"
          />
          <span>{t('ui.cost.lateRenewal')}</span> <span className="pill pill-warning">{t('ui.cost.reported')}</span>
        </label>
        <label className="cost-switch">
          <input
            type="checkbox"
            checked={inputs.includeHardware}
            onChange={(e) => editCostDecisions((d) => setCostInput(d, 'includeHardware', e.target.checked))}
            data-testid="cost-hardware"
          />
          <span>{t('ui.cost.includeHardware', { n: result.proxmox.nodes.filter((n) => n.needsHardware).length })}</span>
        </label>
      </div>
    </div>
  );
}
