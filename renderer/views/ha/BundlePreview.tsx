import { useEffect, useState } from 'react';
import type { BundleFile } from '../../../shared/report/configBundle';
import { formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { defaultFile } from '../design/designRows';

type Props = { cluster: string; files: readonly BundleFile[] };

/** Live preview of the cluster's generated configuration files: a file list and the selected file, read-only. */
export function BundlePreview({ cluster, files }: Props) {
  const t = useT();
  const [selected, setSelected] = useState<string | undefined>(() => defaultFile(files));
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const file = files.find((f) => f.path === selected) ?? files.find((f) => f.path === defaultFile(files));
  useEffect(() => setCopy('idle'), [file?.path]);

  const doCopy = (): void => {
    if (!file) return;
    navigator.clipboard.writeText(file.content).then(
      () => setCopy('done'),
      () => setCopy('failed'),
    );
  };
  const preId = `pre-${cluster}`;

  return (
    <div className="dz-preview" data-testid={`preview-${cluster}`}>
      <div>
        <div className="field-label" id={`files-${cluster}`}>
          {t('ui.ha.files')}
        </div>
        <ul className="dz-files" role="listbox" aria-labelledby={`files-${cluster}`}>
          {files.map((f) => (
            <li key={f.path}>
              <button
                type="button"
                role="option"
                aria-selected={f.path === file?.path}
                aria-controls={preId}
                onClick={() => setSelected(f.path)}
                data-testid={`file-${f.path}`}
              >
                {f.path}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <div className="dz-pre-head">
          <span data-testid="preview-path">{file ? `proxmox/${cluster}/${file.path}` : ''}</span>
          <span>
            <span className="muted" style={{ marginRight: 8 }} role="status">
              {copy === 'done'
                ? t('ui.ha.copied')
                : copy === 'failed'
                  ? t('ui.ha.copyFailed')
                  : file
                    ? t('ui.ha.lines', { n: formatInt(t.lang, file.content.split('\n').length) })
                    : ''}
            </span>
            <button
              type="button"
              className="btn"
              onClick={doCopy}
              disabled={!file}
              data-testid="preview-copy"
            >
              {t('ui.ha.copy')}
            </button>
          </span>
        </div>
        <pre className="dz-pre" id={preId} tabIndex={0} aria-label={file?.path} data-testid="preview-content">
          {file?.content ?? ''}
        </pre>
      </div>
    </div>
  );
}
