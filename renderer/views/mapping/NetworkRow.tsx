import { useState } from 'react';
import type { NetworkEntry } from '../../../shared/mapping';
import { formatInt } from '../../components/format';
import { updateDecisions } from '../../state/decisions';
import { useT } from '../../state/langStore';
import { BRIDGE_RE, setNetworkOverride } from '../../../shared/model/decisions';
import { parseTag } from './mappingEdits';

const KIND_KEY = {
  standard: 'readiness.map.kind.standard',
  distributed: 'readiness.map.kind.distributed',
  unknown: 'readiness.map.kind.unknown',
} as const;

/** One port group: what vSphere has, and the editable bridge / tag it maps to. */
export function NetworkRow({ e }: { e: NetworkEntry }) {
  const t = useT();
  const [bridge, setBridge] = useState(e.bridge);
  const [tag, setTag] = useState(e.tag === undefined ? '' : String(e.tag));
  const parsedTag = parseTag(tag);
  const bridgeOk = BRIDGE_RE.test(bridge.trim());
  const dirty = bridge.trim() !== e.bridge || parsedTag !== (e.tag ?? null);
  const valid = bridgeOk && parsedTag !== undefined;
  const overridden = e.source === 'override';

  const apply = (): void => {
    if (!valid || parsedTag === undefined) return;
    updateDecisions((d) => setNetworkOverride(d, e.network, { bridge: bridge.trim(), tag: parsedTag }));
  };
  const reset = (): void => updateDecisions((d) => setNetworkOverride(d, e.network, undefined));
  const vlanText = e.trunk
    ? `${t('readiness.map.trunk')}${e.vlanText ? ` (${e.vlanText})` : ''}`
    : e.vlans.length > 0
      ? e.vlans.join(', ')
      : '—';

  return (
    <>
      <tr data-testid={`net-row-${e.network}`} className={e.notes.length > 0 ? 'mp-has-note' : undefined}>
        <td className="strong">{e.network}</td>
        <td>{t(KIND_KEY[e.kind])}</td>
        <td>
          {vlanText}
          {e.conflict ? (
            <span className="pill pill-warning mp-flag" title={t('ui.mapping.conflictHint')}>
              {t('ui.mapping.conflict')}
            </span>
          ) : null}
        </td>
        <td className="num">{formatInt(t.lang, e.vmCount)}</td>
        <td>
          <input
            className={`input mp-input${bridgeOk ? '' : ' is-invalid'}${overridden ? ' is-override' : ''}`}
            value={bridge}
            onChange={(ev) => setBridge(ev.target.value)}
            onKeyDown={(ev) => ev.key === 'Enter' && apply()}
            aria-label={t('ui.mapping.bridgeFor', { name: e.network })}
            aria-invalid={!bridgeOk}
            title={bridgeOk ? undefined : t('ui.mapping.bridgeRule')}
            data-testid={`net-bridge-${e.network}`}
          />
        </td>
        <td>
          <input
            className={`input mp-input mp-narrow${parsedTag === undefined ? ' is-invalid' : ''}${overridden ? ' is-override' : ''}`}
            value={tag}
            inputMode="numeric"
            placeholder={t('readiness.map.untagged')}
            onChange={(ev) => setTag(ev.target.value)}
            onKeyDown={(ev) => ev.key === 'Enter' && apply()}
            aria-label={t('ui.mapping.tagFor', { name: e.network })}
            aria-invalid={parsedTag === undefined}
            title={parsedTag === undefined ? t('ui.mapping.tagRule') : undefined}
            data-testid={`net-tag-${e.network}`}
          />
        </td>
        <td>
          <div className="mp-actions">
            <button
              type="button"
              className="btn rd-btn-sm btn-primary"
              disabled={!dirty || !valid}
              onClick={apply}
              data-testid={`net-apply-${e.network}`}
            >
              {t('ui.mapping.apply')}
            </button>
            {overridden ? (
              <button
                type="button"
                className="btn rd-btn-sm"
                onClick={reset}
                title={t('ui.mapping.overridden')}
                data-testid={`net-reset-${e.network}`}
              >
                {t('ui.mapping.reset')}
              </button>
            ) : null}
          </div>
        </td>
      </tr>
      {e.notes.length > 0 ? (
        <tr className="mp-note-row">
          <td colSpan={7}>{e.notes.map((n) => t.text(n)).join(' ')}</td>
        </tr>
      ) : null}
    </>
  );
}
