import { useRef, type KeyboardEvent } from 'react';
import type { InventoryTab } from './inventoryRows';

type Props = { tabs: readonly { id: InventoryTab; label: string }[]; value: InventoryTab; onChange(tab: InventoryTab): void; label: string };

/** The Inventory tab strip (WAI-ARIA tabs): one tab stop; arrow keys, Home and End move and select. */
export function InventoryTabs({ tabs, value, onChange, label }: Props) {
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
          id={`inv-tab-${tab.id}`}
          className="inv-tab"
          aria-selected={value === tab.id}
          aria-controls="inv-panel"
          tabIndex={value === tab.id ? 0 : -1}
          onClick={() => onChange(tab.id)}
          onKeyDown={(e) => onKey(e, i)}
          data-testid={`inv-tab-${tab.id}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
