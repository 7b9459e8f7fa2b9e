import { tt } from '../../i18n';
import type { Params, Text } from '../../i18n/text';

/**
 * Findings raised while the bundle is written: a value that was rejected (never written), replaced by a
 * safe default, or something the operator must do before a script can run. Every finding is coded and
 * bilingual; the README of the cluster folder lists them and the report's configuration appendix shows them.
 */
export type BundleFindingCode =
  | 'BUNDLE_VALUE_REJECTED'
  | 'BUNDLE_ID_REJECTED'
  | 'BUNDLE_STORAGE_UNDEFINED'
  | 'BUNDLE_MAC_INVALID'
  | 'BUNDLE_UUID_INVALID'
  | 'BUNDLE_PATH_REJECTED'
  | 'BUNDLE_PATH_COMMA'
  | 'BUNDLE_QNETD_INVALID'
  | 'BUNDLE_ADDRESS_INVALID'
  | 'BUNDLE_CPU_INVALID'
  | 'BUNDLE_BRIDGE_INVALID'
  | 'BUNDLE_NO_SOURCE_HOST'
  | 'BUNDLE_ESXI_ADDRESS'
  | 'BUNDLE_DATACENTER_LINE'
  | 'BUNDLE_NAME_INVALID';

export type BundleFindingSeverity = 'error' | 'warning';

export type BundleFinding = {
  code: BundleFindingCode;
  severity: BundleFindingSeverity;
  /** Target cluster (folder `proxmox/<cluster>/`). */
  cluster: string;
  /** The file concerned, relative to the cluster folder. */
  file: string;
  text: Text;
};

/** Errors: something will not be written or a script stops until the operator acts. */
const SEVERITY: Record<BundleFindingCode, BundleFindingSeverity> = {
  BUNDLE_VALUE_REJECTED: 'error',
  BUNDLE_ID_REJECTED: 'error',
  BUNDLE_STORAGE_UNDEFINED: 'error',
  BUNDLE_PATH_REJECTED: 'error',
  BUNDLE_QNETD_INVALID: 'error',
  BUNDLE_DATACENTER_LINE: 'error',
  BUNDLE_MAC_INVALID: 'warning',
  BUNDLE_UUID_INVALID: 'warning',
  BUNDLE_PATH_COMMA: 'warning',
  BUNDLE_ADDRESS_INVALID: 'warning',
  BUNDLE_CPU_INVALID: 'warning',
  BUNDLE_BRIDGE_INVALID: 'warning',
  BUNDLE_NO_SOURCE_HOST: 'warning',
  BUNDLE_ESXI_ADDRESS: 'warning',
  BUNDLE_NAME_INVALID: 'warning',
};

/** Where the generators of one cluster folder report findings. */
export type FindingSink = {
  add(code: BundleFindingCode, file: string, params?: Params): void;
  readonly list: BundleFinding[];
};

export function findingSink(cluster: string): FindingSink {
  const list: BundleFinding[] = [];
  return {
    list,
    add(code, file, params) {
      const text = tt(`bundle.finding.${code}`, { file, ...params });
      if (!list.some((f) => f.code === code && f.file === file && f.text.en === text.en)) list.push({ code, severity: SEVERITY[code], cluster, file, text });
    },
  };
}
