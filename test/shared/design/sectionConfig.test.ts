import { describe, expect, it } from 'vitest';
import { option, parseSectionConfig, writeSectionConfig, type Section } from '../../../shared/design/sectionConfig';
import { formatNodePriorities, parseNodePriorities } from '../../../shared/design/haRules';

describe('section config reader/writer', () => {
  it('parses the documented resources/rules syntax', () => {
    const text = [
      '# comment',
      'vm: 100',
      '\tstate started',
      '\tmax_restart 1',
      '',
      'node-affinity: db-prefers-node1',
      '\tresources vm:100,vm:101',
      '\tnodes node1:2,node2:1',
      '\tstrict 0',
      '\tcomment optional text here',
      '',
      'resource-affinity: keep-db-apart',
      '    resources vm:100,vm:101',
      '    affinity negative',
    ].join('\n');
    const p = parseSectionConfig(text);
    expect(p.errors).toEqual([]);
    expect(p.sections.map((s) => `${s.type}:${s.id}`)).toEqual(['vm:100', 'node-affinity:db-prefers-node1', 'resource-affinity:keep-db-apart']);
    expect(option(p.sections[1] as Section, 'comment')).toBe('optional text here');
    expect(parseNodePriorities(option(p.sections[1] as Section, 'nodes') ?? '')).toEqual({ node1: 2, node2: 1 });
  });

  it('round-trips generated sections', () => {
    const sections: Section[] = [];
    for (let i = 0; i < 50; i++) sections.push({ type: i % 2 ? 'vm' : 'ct', id: String(100 + i), options: [['state', 'started'], ['comment', `guest ${i} with spaces`], ['failback', String(i % 2)]] });
    const text = writeSectionConfig(sections);
    expect(parseSectionConfig(text)).toEqual({ sections, errors: [] });
    expect(writeSectionConfig(parseSectionConfig(text).sections)).toBe(text);
  });

  it('reports coded errors for malformed input, never throws', () => {
    const p = parseSectionConfig('\tstate started\nvm: 1\n\tstate started\nvm: 1\n!!garbage\n');
    expect(p.errors.map((e) => e.code)).toEqual(['SECTION_OPTION_OUTSIDE', 'SECTION_DUPLICATE', 'SECTION_SYNTAX']);
    expect(p.errors[0]?.message.vi).toMatch(/Dòng 1/);
    expect(() => parseSectionConfig('\u0000\u0001'.repeat(1000))).not.toThrow();
  });

  it('node priorities: a node without a priority is 0; formatting sorts preferred first', () => {
    expect(parseNodePriorities('pve1:2,pve2:1,pve3')).toEqual({ pve1: 2, pve2: 1, pve3: 0 });
    expect(parseNodePriorities('pve1:-1')).toBeUndefined();
    expect(formatNodePriorities({ b: 1, a: 2, c: 1 })).toBe('a:2,b:1,c:1');
  });
});
