import { useRef, type KeyboardEvent } from 'react';

export type MappingTab = 'concept' | 'network' | 'storage' | 'targets';

type Props = { tabs: readonly { id: MappingTab; label: string }[]; value: MappingTab; onChange(tab: MappingTab): void; label: string };

/** WAI-ARIA tabs: one tab stop, arrow keys / Home / End move and select. Panels use id `mp-panel-<tab>`. */
export function MappingTabs({ tabs, value, onChange, label }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number): void => {
    const n = tabs.length;
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % n;
    else if (e.key === 'ArrowLeft') next = (i - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    const tab = tabs[next];
    if (!tab) return;
    e.preventDefault();
    onChange(tab.id);
    refs.current[next]?.focus();
  };
  return (
    <div className="mp-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`mp-tab-${tab.id}`}
          className="mp-tab"
          aria-selected={value === tab.id}
          aria-controls={`mp-panel-${tab.id}`}
          tabIndex={value === tab.id ? 0 : -1}
          onClick={() => onChange(tab.id)}
          onKeyDown={(e) => onKey(e, i)}
          data-testid={`map-tab-${tab.id}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
