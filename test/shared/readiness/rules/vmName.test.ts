import { describe, expect, it } from 'vitest';
import { vmName } from '../../../../shared/readiness/rules/vmName';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('vm-name-invalid', () => {
  it('shows the name the VM gets on Proxmox', () => {
    const f = findingsOf(runRule(vmName, vm({ name: 'SQL Server (prod)_01' })));
    expect(f[0]?.detail?.en).toBe('"SQL Server (prod)_01" → "SQL-Server-prod01"');
    expect(runRule(vmName, vm({ name: 'web01.example.com' }))).toBeNull();
  });
});
