import { useId, useState } from 'react';
import type { VmFinding } from '../../../shared/readiness';
import { updateDecisions } from '../../state/decisions';
import { useT } from '../../state/langStore';
import { acknowledge, unacknowledge } from '../../../shared/model/decisions';
import { evidenceText } from './readinessRows';
import { SeverityPill } from './SeverityPill';

type Props = { vmKey: string; ruleId: string; findings: readonly VmFinding[] };

/** The findings of one rule on one VM: label, detail, remedy, evidence, and the acknowledgement control. */
export function FindingGroup({ vmKey, ruleId, findings }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const noteId = useId();
  const first = findings[0];
  if (!first) return null;
  const ack = first.acknowledged;

  const save = (): void => {
    const n = note.trim();
    if (n === '') return;
    updateDecisions((d) => acknowledge(d, vmKey, ruleId, n, new Date().toISOString()));
    setEditing(false);
    setNote('');
  };

  return (
    <li className={`rd-finding${ack ? ' is-acked' : ''}`} data-testid={`rd-finding-${ruleId}`}>
      <div className="rd-finding-head">
        <SeverityPill severity={first.severity} acknowledged={ack !== undefined} />
        <strong>{t.text(first.label)}</strong>
      </div>
      {findings.map((f, i) => (
        <div className="rd-finding-body" key={i}>
          {f.detail ? <p className="rd-detail">{t.text(f.detail)}</p> : null}
          {f.evidence.length > 0 ? (
            <table className="table rd-evidence" aria-label={t('ui.readiness.evidence')}>
              <thead>
                <tr>
                  <th>{t('ui.readiness.evTab')}</th>
                  <th>{t('ui.readiness.evColumn')}</th>
                  <th>{t('ui.readiness.evValue')}</th>
                </tr>
              </thead>
              <tbody>
                {f.evidence.map((e, j) => (
                  <tr key={j}>
                    <td>{e.tab}</td>
                    <td>{e.column}</td>
                    <td className="rd-ev-value">{evidenceText(e.value, t('ui.readiness.evEmpty'))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ))}
      <p className="rd-remedy">
        <span className="muted">{t('ui.readiness.remedy')}: </span>
        {t.text(first.remedy)}
      </p>
      {ack ? (
        <div className="rd-ack">
          <span data-testid="rd-ack-note">{t('ui.readiness.acked', { at: ack.at.slice(0, 10), note: ack.note })}</span>
          <button type="button" className="btn rd-btn-sm" onClick={() => updateDecisions((d) => unacknowledge(d, vmKey, ruleId))} data-testid="rd-unack">
            {t('ui.readiness.unack')}
          </button>
        </div>
      ) : editing ? (
        <div className="rd-ack-form">
          <label htmlFor={noteId} className="field-label">
            {t('ui.readiness.ackNote')}
          </label>
          <textarea
            id={noteId}
            className="input rd-ack-input"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={2}
            autoFocus
            data-testid="rd-ack-input"
          />
          <p className="muted rd-small">{t('ui.readiness.ackShared')}</p>
          <div className="rd-ack-actions">
            <button type="button" className="btn btn-primary rd-btn-sm" disabled={note.trim() === ''} onClick={save} data-testid="rd-ack-save">
              {t('ui.readiness.ackSave')}
            </button>
            <button type="button" className="btn rd-btn-sm" onClick={() => setEditing(false)}>
              {t('ui.readiness.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn rd-btn-sm" onClick={() => setEditing(true)} data-testid="rd-ack">
          {t('ui.readiness.ack')}
        </button>
      )}
    </li>
  );
}
