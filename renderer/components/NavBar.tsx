import { useRef, type KeyboardEvent } from 'react';
import type { TKey } from '../../shared/i18n';
import { useT } from '../state/langStore';
import { STEPS, useNavStore, type Step } from '../state/navStore';

export const STEP_KEY: Record<Step, TKey> = {
  import: 'ui.nav.import',
  inventory: 'ui.nav.inventory',
  mapping: 'ui.nav.mapping',
  readiness: 'ui.nav.readiness',
  design: 'ui.nav.design',
  ha: 'ui.nav.ha',
  simulate: 'ui.nav.simulate',
  cost: 'ui.nav.cost',
  waves: 'ui.nav.waves',
  checklists: 'ui.nav.checklists',
  export: 'ui.nav.export',
};

/** Steps that work in this version; the others show a plain "not yet available" page. */
export const AVAILABLE: ReadonlySet<Step> = new Set<Step>(['import', 'inventory', 'mapping', 'readiness', 'design', 'ha', 'simulate', 'cost', 'waves', 'checklists', 'export']);

/** The workflow navigation: arrow keys / Home / End move between steps, Enter or Space opens one. */
export function NavBar() {
  const t = useT();
  const step = useNavStore((s) => s.step);
  const go = useNavStore((s) => s.go);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number): void => {
    let next = -1;
    if (e.key === 'ArrowDown') next = (i + 1) % STEPS.length;
    else if (e.key === 'ArrowUp') next = (i - 1 + STEPS.length) % STEPS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = STEPS.length - 1;
    if (next < 0) return;
    e.preventDefault();
    refs.current[next]?.focus();
  };

  return (
    <nav className="nav" aria-label={t('ui.shell.nav')}>
      <div className="nav-title">{t('ui.shell.nav')}</div>
      <ol>
        {STEPS.map((s, i) => (
          <li key={s}>
            <button
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              className={`nav-item${step === s ? ' active' : ''}${AVAILABLE.has(s) ? '' : ' later'}`}
              aria-current={step === s ? 'page' : undefined}
              tabIndex={step === s ? 0 : -1}
              onClick={() => go(s)}
              onKeyDown={(e) => onKey(e, i)}
              data-testid={`nav-${s}`}
            >
              <span className="nav-num">{i + 1}</span>
              <span className="nav-label">{t(STEP_KEY[s])}</span>
            </button>
          </li>
        ))}
      </ol>
      <div className="nav-foot">{t('ui.shell.shortcuts')}</div>
    </nav>
  );
}
