import { describe, expect, it } from 'vitest';
import { classifyOsName, guestOs } from '../../../shared/mapping';

describe('guest OS name → ostype', () => {
  const cases: [string, string][] = [
    ['Microsoft Windows Server 2022 (64-bit)', 'win11'],
    ['Microsoft Windows Server 2025 (64-bit)', 'win11'],
    ['Microsoft Windows 11 (64-bit)', 'win11'],
    ['Microsoft Windows Server 2016 or later (64-bit)', 'win10'],
    ['Microsoft Windows Server 2019 (64-bit)', 'win10'],
    ['Microsoft Windows 10 (64-bit)', 'win10'],
    ['Microsoft Windows Server 2012 (64-bit)', 'win8'],
    ['Microsoft Windows 7 (64-bit)', 'win7'],
    ['Microsoft Windows Server 2008 R2 (64-bit)', 'w2k8'],
    ['Microsoft Windows Server 2008 (32-bit)', 'w2k8'],
    ['Microsoft Windows Vista (32-bit)', 'wvista'],
    ['Microsoft Windows Server 2003 Standard (32-bit)', 'w2k3'],
    ['Microsoft Windows XP Professional (32-bit)', 'wxp'],
    ['Microsoft Windows 2000', 'w2k'],
    ['Oracle Solaris 11 (64-bit)', 'solaris'],
    ['FreeBSD 13 (64-bit)', 'other'],
    ['Other (64-bit)', 'other'],
    ['Red Hat Enterprise Linux 8 (64-bit)', 'l26'],
    ['Other 3.x or later Linux (64-bit)', 'l26'],
    ['VMware Photon CRX (64-bit)', 'l26'],
    ['Debian GNU/Linux 11 (64-bit)', 'l26'],
    ['CentOS 4/5/6/7 (64-bit)', 'l26'],
  ];
  it.each(cases)('%s → %s', (name, ostype) => {
    expect(classifyOsName(name)?.ostype).toBe(ostype);
  });
  it('prefers the Tools name over the configured one', () => {
    const g = guestOs({ osConfig: 'Microsoft Windows Server 2016 or later (64-bit)', osTools: 'Microsoft Windows Server 2022 (64-bit)' });
    expect(g).toMatchObject({ ostype: 'win11', from: 'tools' });
    expect(guestOs({ osConfig: 'Red Hat Enterprise Linux 7 (64-bit)', osTools: '' })).toMatchObject({ ostype: 'l26', from: 'config', eol: true });
    expect(guestOs({})).toBeUndefined();
  });
});
