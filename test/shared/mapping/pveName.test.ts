import { describe, expect, it } from 'vitest';
import { isValidPveName, sanitizePveName, uniquePveNames } from '../../../shared/mapping';

describe('Proxmox VM names', () => {
  it('follows the importer rule and repairs what dns-name still refuses', () => {
    expect(sanitizePveName('My VM (old)')).toBe('My-VM-old');
    expect(sanitizePveName('-.db_01.-')).toBe('db01');
    expect(sanitizePveName('web-.prod..example')).toBe('web.prod.example');
    expect(sanitizePveName('Máy chủ')).toBe('My-ch');
    expect(sanitizePveName('***')).toBe('');
    expect(isValidPveName('web-01.example.com')).toBe(true);
    expect(isValidPveName('web_01')).toBe(false);
    expect(isValidPveName('-web')).toBe(false);
  });
  it('makes names unique case-insensitively and names empty ones after the VMID', () => {
    expect(uniquePveNames([{ name: 'A' }, { name: 'a' }, { name: '!!!', vmid: 123 }, { name: 'a' }])).toEqual(['A', 'a-2', 'vm-123', 'a-3']);
  });
});
