import type { DesignSweepInput } from '../../../shared/design/sweepInput';
import type { TKey } from '../../../shared/i18n';
import { useT } from '../../state/langStore';
import { actionText, argsFor, isNodeVerb, VERBS, withVerb, type EditorEvent, type Verb } from './simulation';

type Props = {
  input: DesignSweepInput;
  events: EditorEvent[];
  onChange(events: EditorEvent[]): void;
  nextId(): number;
};

const ARG_KEY: Record<string, TKey> = { on: 'ui.simulate.arg.on', off: 'ui.simulate.arg.off', enable: 'ui.simulate.arg.enable', disable: 'ui.simulate.arg.disable' };

/** The timeline editor: one row per event (time + action from selects), add and remove; all native controls. */
export function EventEditor({ input, events, onChange, nextId }: Props) {
  const t = useT();
  const set = (id: number, patch: Partial<EditorEvent>): void => onChange(events.map((e) => (e.id === id ? { ...e, ...patch } : e)));
  const sids = input.resources.map((r) => r.sid);
  const add = (): void => {
    const last = events.reduce((m, e) => Math.max(m, e.t), 0);
    const base = withVerb({ id: nextId(), t: last + 60, verb: 'service', target: '', arg: '' }, 'power', input);
    onChange([...events, base]);
  };
  return (
    <div className="sim-editor">
      {events.length === 0 ? <p className="muted">{t('ui.simulate.eventsEmpty')}</p> : null}
      {events.length > 0 ? (
        <div className="table-wrap">
          <table className="table" data-testid="sim-events">
            <thead>
              <tr>
                <th>{t('ui.simulate.colT')}</th>
                <th>{t('ui.simulate.colAction')}</th>
                <th>{t('ui.simulate.colTarget')}</th>
                <th>{t('ui.simulate.colArg')}</th>
                <th>{t('ui.simulate.colCommand')}</th>
                <th>
                  <span className="sim-sr-only">{t('ui.simulate.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e, i) => {
                const args = argsFor(e.verb);
                const moving = e.verb === 'service' && (e.arg === 'migrate' || e.arg === 'relocate');
                return (
                  <tr key={e.id} data-testid={`sim-event-${i}`}>
                    <td>
                      <input
                        type="number"
                        min={0}
                        step={10}
                        className="sim-num"
                        value={e.t}
                        aria-label={t('ui.simulate.colT')}
                        onChange={(ev) => set(e.id, { t: Math.max(0, Math.floor(Number(ev.target.value) || 0)) })}
                      />
                    </td>
                    <td>
                      <select aria-label={t('ui.simulate.colAction')} value={e.verb} onChange={(ev) => onChange(events.map((x) => (x.id === e.id ? withVerb(x, ev.target.value as Verb, input) : x)))}>
                        {VERBS.map((v) => (
                          <option key={v} value={v}>
                            {t(`ui.simulate.verb.${v}` as TKey)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select aria-label={t('ui.simulate.colTarget')} value={e.target} onChange={(ev) => set(e.id, { target: ev.target.value })}>
                        {(isNodeVerb(e.verb) ? input.nodes : sids).map((x) => (
                          <option key={x} value={x}>
                            {x}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {args.length > 0 ? (
                        <select aria-label={t('ui.simulate.colArg')} value={e.arg} onChange={(ev) => set(e.id, { arg: ev.target.value })}>
                          {args.map((a) => (
                            <option key={a} value={a}>
                              {ARG_KEY[a] ? t(ARG_KEY[a]) : a}
                            </option>
                          ))}
                        </select>
                      ) : null}
                      {moving ? (
                        <select aria-label={t('ui.simulate.presetTarget')} value={e.node ?? ''} onChange={(ev) => set(e.id, { node: ev.target.value })} className="sim-gap">
                          {input.nodes.map((n) => (
                            <option key={n} value={n}>
                              {n}
                            </option>
                          ))}
                        </select>
                      ) : null}
                    </td>
                    <td>
                      <code>{actionText(e)}</code>
                    </td>
                    <td>
                      <button type="button" className="btn" aria-label={t('ui.simulate.removeEvent', { t: e.t })} onClick={() => onChange(events.filter((x) => x.id !== e.id))}>
                        {t('ui.simulate.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn" onClick={add} data-testid="sim-add-event">
          + {t('ui.simulate.addEvent')}
        </button>
      </div>
    </div>
  );
}
