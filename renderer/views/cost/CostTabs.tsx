import { useRef, type KeyboardEvent } from 'react';

export type CostTab = 'lines' | 'hosts' | 'clusters' | 'prices' | 'inputs' | 'features' | 'notes' | 'assumptions';

type Props = { tabs: readonly { id: CostTab; label: string }[]; value: CostTab; onChange(tab: CostTab): void; label: string };

/** WAI-ARIA tabs: one tab stop, arrow keys / Home / End move and select. Panels use id `cost-panel-<tab>`. */
export function CostTabs({ tabs, value, onChange, label }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number): void => {
    const n = tabs.length;
    const moves: Record<string, number> = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 };
    const next = moves[e.key];
    const tab = next === undefined ? undefined : tabs[next];
    if (next === undefined || !tab) return;
    e.preventDefault();
    onChange(tab.id);
    refs.current[next]?.focus();
  };
  return (
    <div className="inv-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`cost-tab-${tab.id}`}
          className="inv-tab"
          aria-selected={value === tab.id}
          aria-controls={`cost-panel-${tab.id}`}
          tabIndex={value === tab.id ? 0 : -1}
          onClick={() => onChange(tab.id)}
          onKeyDown={(e) => onKey(e, i)}
          data-testid={`cost-tab-${tab.id}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
