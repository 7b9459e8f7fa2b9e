/**
 * DRS rule CSVs in the shape PowerShell's `Export-Csv -NoTypeInformation` writes them from PowerCLI objects
 * (`Get-DrsRule`, `Get-DrsVMHostRule`, `Get-DrsClusterGroup` piped through `Select-Object`): a quoted header
 * row, every value double-quoted, booleans as `True`/`False`, lists joined with `;`, CRLF line ends, UTF-8.
 */

export type CsvValue = string | number | boolean | readonly string[];

function quote(value: CsvValue): string {
  let text: string;
  if (typeof value === 'boolean') text = value ? 'True' : 'False';
  else if (typeof value === 'number') text = String(value);
  else if (typeof value === 'string') text = value;
  else text = value.join(';');
  return `"${text.replace(/"/g, '""')}"`;
}

/** CSV text for rows with the given columns, in that order. */
export function powerCliCsv(columns: readonly string[], rows: readonly Readonly<Record<string, CsvValue>>[]): string {
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? '')).join(','));
  return lines.join('\r\n') + '\r\n';
}

export const DRS_VM_RULE_COLUMNS = ['Cluster', 'Name', 'Enabled', 'Type', 'VMs'] as const;
export const DRS_VMHOST_RULE_COLUMNS = ['Cluster', 'Name', 'Enabled', 'Type', 'VMGroup', 'VMHostGroup'] as const;
export const DRS_GROUP_COLUMNS = ['Cluster', 'Name', 'GroupType', 'Member'] as const;
