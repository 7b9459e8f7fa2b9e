import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  checkVmdkPath,
  decodeText,
  encodeText,
  isCidr,
  isConfigId,
  isIp,
  isMac,
  isSectionValue,
  isStorageId,
  oneLine,
  safeStorageId,
} from '../../../../shared/report/configBundle/escape';
import { findingSink } from '../../../../shared/report/configBundle/findings';
import { checkedSectionConfig } from '../../../../shared/report/configBundle/sectionFile';
import { shq } from '../../../../shared/report/configBundle/shell';
import { storageIdFor } from '../../../../shared/mapping/storageMap';
import { haId } from '../../../../shared/design/haRules';
import { parsePveSectionConfig } from './pveSectionConfig';

const HOSTILE = [
  `it's "quoted"`,
  '$(touch /tmp/x)',
  '`id`',
  'a\nb',
  'a\rb',
  'tab\there',
  'x; rm -rf /',
  'a,b=c',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'Máy ảo 🚀',
  'esc\x1b[31m',
  '\u0085nel',
  '\\',
  "'",
  '',
  ' lead and trail ',
  '--help',
  '-e',
  '*',
  '~root',
  '!!',
  '${HOME}',
];

describe('shq: one bash word per value', () => {
  // bash(1) QUOTING: single quotes keep every byte literally; $'…' (ANSI-C) carries control characters.
  it('every hostile value reaches a command as exactly one argument, byte for byte', () => {
    const script = `printf '%s\\0' ${HOSTILE.map(shq).join(' ')}`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\0').slice(0, -1)).toEqual(HOSTILE);
  });

  it('refuses a NUL byte (it cannot be passed in an argument)', () => {
    expect(() => shq('a\0b')).toThrow(/NUL/);
  });
});

describe('Proxmox id formats', () => {
  // pve-common PVE/JSONSchema.pm: parse_storage_id `^[a-z][a-z0-9\-\_\.]*[a-z0-9]$`i, pve-configid `^[a-z][a-z0-9_-]+$`i.
  it('storage ids derived from any datastore name are valid pve-storage-id values', () => {
    for (const raw of ['12TB HDD', '__', 'a', 'x-', 'DS,01;$(x)', '..', 'Ổ đĩa', 'L'.repeat(300), 'ds.-_', '9']) {
      expect(isStorageId(storageIdFor(raw)), raw).toBe(true);
      expect(isStorageId(safeStorageId(raw)), raw).toBe(true);
    }
    expect(isStorageId('a')).toBe(false);
    expect(isStorageId('local-lvm')).toBe(true);
    expect(isStorageId('bad,id')).toBe(false);
    expect(isStorageId('end-')).toBe(false);
  });

  it('HA rule and group ids are valid pve-configid values (two characters at least)', () => {
    for (const raw of ['a', '1', '', 'AA-DomainControllers <b>', '$(x)', 'x'.repeat(100)]) expect(isConfigId(haId(raw)), raw).toBe(true);
    expect(isConfigId('a')).toBe(false);
  });

  it('MAC addresses: unicast, six pairs, nothing after (qemu-server net property `macaddr`, format mac-addr)', () => {
    expect(isMac('00:50:56:aa:bb:cc')).toBe(true);
    expect(isMac('01:00:5e:00:00:01')).toBe(false); // multicast (I/G bit)
    expect(isMac('00:50:56:aa:bb:cc,bridge=vmbr9')).toBe(false);
    expect(isMac(' 00:50:56:aa:bb:cc')).toBe(false);
  });

  it('IP addresses as pve-common `ip` (PVE::Tools $IPV4RE / $IPV6RE) and CIDR', () => {
    for (const ok of ['10.0.0.1', '255.255.255.255', '::', '::1', 'fe80::1', '2001:db8::8a2e:370:7334', '::ffff:10.0.0.1', '1:2:3:4:5:6:7:8']) expect(isIp(ok), ok).toBe(true);
    for (const bad of ['10.0.0.256', '010.0.0.1', '10.0.0', 'host.example', '1:2:3:4:5:6:7:8:9', '1::2::3', '10.0.0.1; x', '$(x)', '10.0.0.1\n']) expect(isIp(bad), bad).toBe(false);
    expect(isCidr('10.10.20.0/24')).toBe(true);
    expect(isCidr('10.10.20.0/7')).toBe(false); // pve_verify_cidrv4: prefix > 7
    expect(isCidr('10.9.0.0/24\npost-up x')).toBe(false);
  });
});

describe('section-config values', () => {
  // pve-common PVE/SectionConfig.pm: option lines `^\s+(\S+)(\s+(.*\S))?\s*$`; check_value dies on [\n\r].
  it('a value with a line break or control character is never written; the finding is coded and bilingual', () => {
    expect(isSectionValue('ok value')).toBe(true);
    for (const bad of ['a\nb', 'a\rb', 'x\x1b', ' lead', 'trail ', '', 'bidi\u202e']) expect(isSectionValue(bad), JSON.stringify(bad)).toBe(false);
    const sink = findingSink('c1');
    const { text, written } = checkedSectionConfig(
      'storage.cfg',
      [
        { type: 'nfs', id: 'good', options: [['server', '10.0.0.1'], ['export', '/x\npost-up touch /tmp/p'], ['content', 'images']] },
        { type: 'nfs', id: 'bad\nid', options: [['server', '10.0.0.2']] },
        { type: 'nfs', id: 'bad,id', options: [['server', '10.0.0.3']] },
        { type: 'dir', id: 'good', options: [['path', '/dup']] },
      ],
      (_t, id) => isStorageId(id),
      sink,
    );
    expect(written.map((s) => s.id)).toEqual(['good']);
    expect(text).not.toMatch(/post-up|bad|dup/);
    const parsed = parsePveSectionConfig(text);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.sections).toEqual([{ type: 'nfs', id: 'good', options: { server: '10.0.0.1', content: 'images' } }]);
    expect(sink.list.map((f) => f.code).sort()).toEqual(['BUNDLE_ID_REJECTED', 'BUNDLE_ID_REJECTED', 'BUNDLE_ID_REJECTED', 'BUNDLE_VALUE_REJECTED']);
    for (const f of sink.list) {
      expect(f.text.vi).not.toBe(f.text.en);
      expect(f.text.en).not.toMatch(/\{\{/);
      expect(f.text.en).not.toMatch(/\n/);
    }
  });

  // pve-common PVE/Tools.pm encode_text / decode_text, used by pve-ha-manager PVE/HA/Rules.pm for `comment`.
  it('rule comments are written with encode_text and come back unchanged through decode_text', () => {
    for (const s of ['vm2pve: from vSphere rule AA-DC', 'Máy ảo 🚀', 'pct%0Apost-up%20x', 'a\nb', '100% sure: yes']) {
      const e = encodeText(s);
      expect(e, s).toMatch(/^[\x20-\x39\x3b-\x7e]*$/);
      expect(e).not.toMatch(/:/);
      expect(decodeText(e)).toBe(s);
    }
    expect(encodeText('vm2pve: x')).toBe('vm2pve%3A x');
  });

  it('oneLine strips controls and bidi characters and caps the length', () => {
    expect(oneLine('a\nb\r\tc\u202ed\u2028e')).toBe('a b c d e');
    expect([...oneLine('x'.repeat(500), 200)]).toHaveLength(200);
  });
});

describe('VMDK paths: normalised and confined to their datastore', () => {
  it('keeps safe paths, drops `.` and empty segments and a leading slash, marks commas, rejects `..` and controls', () => {
    expect(checkVmdkPath('[ds1] web01/web01.vmdk')).toEqual({ ok: true, source: { datastore: 'ds1', path: 'web01/web01.vmdk' }, comma: false });
    expect(checkVmdkPath('[ds1] /abs/./x//y.vmdk')).toEqual({ ok: true, source: { datastore: 'ds1', path: 'abs/x/y.vmdk' }, comma: false });
    expect(checkVmdkPath('[ds1] web,01/web,01.vmdk')).toMatchObject({ ok: true, comma: true });
    expect(checkVmdkPath('[DS,03] a/a.vmdk')).toMatchObject({ ok: true, comma: true });
    expect(checkVmdkPath('[ds1] ../../etc/shadow.vmdk')).toEqual({ ok: false, reason: 'traversal' });
    expect(checkVmdkPath('[ds1] a/../../b.vmdk')).toEqual({ ok: false, reason: 'traversal' });
    expect(checkVmdkPath('[..] a.vmdk')).toEqual({ ok: false, reason: 'datastore' });
    expect(checkVmdkPath('[a/b] a.vmdk')).toEqual({ ok: false, reason: 'datastore' });
    expect(checkVmdkPath('[ds1] a\nb.vmdk')).toEqual({ ok: false, reason: 'control' });
    expect(checkVmdkPath('no brackets.vmdk')).toEqual({ ok: false, reason: 'unparsed' });
    expect(checkVmdkPath(undefined)).toEqual({ ok: false, reason: 'unparsed' });
  });
});
