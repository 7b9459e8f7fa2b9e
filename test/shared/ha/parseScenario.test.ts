import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from '../../../shared/ha/parseScenario';

const base = () => ({
  nodes: ['pve01', 'pve02', 'pve03'],
  crs: 'basic',
  resources: [
    { sid: 'vm:101', node: 'pve01' },
    { sid: 'ct:102', node: 'pve02', state: 'stopped' },
  ] as Record<string, unknown>[],
  events: [] as { t: number; action: string }[],
});

function errorOf(json: unknown): ScenarioError {
  try {
    parseScenario(json);
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
  throw new Error('expected a ScenarioError');
}

describe('parseScenario', () => {
  it('normalises defaults and priorities (a listed node without priority is 0)', () => {
    const s = parseScenario({ ...base(), groups: [{ id: 'g', nodes: 'pve01:2,pve02', restricted: 1 }], datacenter: { shutdownPolicy: 'migrate' } });
    expect(s.groups[0]).toEqual({ id: 'g', nodes: { pve01: 2, pve02: 0 }, restricted: true, nofailback: false });
    expect(s.resources[0]).toMatchObject({ sid: 'vm:101', kind: 'vm', state: 'started', maxRestart: 1, maxRelocate: 1, running: true });
    expect(s.resources[1]).toMatchObject({ kind: 'ct', state: 'stopped', running: false });
    expect(s.shutdownPolicy).toBe('migrate');
    expect(s.initialPower).toEqual({ pve01: 'on', pve02: 'on', pve03: 'on' });
  });

  it('parses every action form', () => {
    const actions = [
      'power pve01 off',
      'network pve02 on',
      'reboot pve03',
      'shutdown pve01',
      'crm pve01 enable-node-maintenance',
      'crm pve01 disable-node-maintenance',
      'service vm:101 disabled',
      'service vm:101 migrate pve02',
      'service ct:102 relocate pve03',
      'service vm:101 stop 120',
      'service vm:200 add pve02 started running 1',
      'service vm:200 stopped',
      'service vm:201 add pve03',
      'delay 60',
    ];
    const s = parseScenario({ ...base(), events: actions.map((action, i) => ({ t: i * 10, action })) });
    expect(s.events.map((e) => e.action.kind)).toEqual([
      'power', 'network', 'reboot', 'shutdown', 'maintenance', 'maintenance', 'request', 'move', 'move', 'stop', 'add', 'request', 'add', 'delay',
    ]);
    expect(s.events[10]?.action).toEqual({ kind: 'add', sid: 'vm:200', node: 'pve02', state: 'started', running: true });
  });

  it('reads the dynamic scheduler, auto-rebalancing (Proxmox defaults where absent), measured loads and container CPU limits', () => {
    const s = parseScenario({
      ...base(),
      crs: 'dynamic',
      pveTarget: 'pve9.2',
      nodeResources: { pve01: { cpus: 16, memoryMiB: 65536, load: { cpu: 1.5 } }, pve02: { cpus: 16, memoryMiB: 65536 }, pve03: { cpus: 8, memoryMiB: 32768 } },
      datacenter: { autoRebalance: { method: 'topsis', margin: 5 } },
      resources: [
        { sid: 'vm:101', node: 'pve01', cores: 4, load: { cpu: 2.25, memoryMiB: 3000 } },
        { sid: 'ct:102', node: 'pve02', cpulimit: 0.5, cores: 2 },
        { sid: 'ct:103', node: 'pve03', autoRebalance: false },
      ],
      events: [
        { t: 10, action: 'service vm:101 load cpu 3.5 memory 4096' },
        { t: 20, action: 'service vm:101 load memory 2048' },
        { t: 30, action: 'service ct:102 size cores 4 memory 1024' },
      ],
    });
    expect(s.crs).toBe('dynamic');
    expect(s.pveTarget).toBe('pve9.2');
    // pve-ha-manager Manager.pm update_crs_scheduler_mode: threshold 30 %, hold 3 rounds (given: topsis, margin 5 %).
    expect(s.autoRebalance).toEqual({ enabled: true, threshold: 30, method: 'topsis', holdDuration: 3, margin: 5 });
    expect(s.nodeResources.pve01?.load).toEqual({ cpu: 1.5, memoryMiB: 0 });
    expect(s.resources[0]?.load).toEqual({ cpu: 2.25, memoryMiB: 3000 });
    expect(s.resources[1]).toMatchObject({ kind: 'ct', cpulimit: 0.5, cores: 2 });
    // A container without `cores` may use every host core (counted as the node's CPUs by the static scheduler).
    expect(s.resources[2]).toMatchObject({ kind: 'ct', cores: 0, cpulimit: 0, autoRebalance: false });
    expect(s.events.map((e) => e.action)).toEqual([
      { kind: 'load', sid: 'vm:101', cpu: 3.5, memoryMiB: 4096 },
      { kind: 'load', sid: 'vm:101', memoryMiB: 2048 },
      { kind: 'size', sid: 'ct:102', cores: 4, memoryMiB: 1024 },
    ]);
    // Without a datacenter block auto-rebalancing is off, with Proxmox's defaults.
    expect(parseScenario(base()).autoRebalance).toEqual({ enabled: false, threshold: 30, method: 'bruteforce', holdDuration: 3, margin: 10 });
  });

  const cases: [string, (o: ReturnType<typeof base> & Record<string, unknown>) => void, string, RegExp][] = [
    ['unknown node in a resource', (o) => (o.resources[0] = { sid: 'vm:101', node: 'pve09' }), 'scenario.unknownNode', /pve09/],
    ['duplicate sid', (o) => o.resources.push({ sid: 'vm:101', node: 'pve02' }), 'scenario.duplicateSid', /vm:101/],
    ['bad sid', (o) => (o.resources[0] = { sid: 'qemu/101', node: 'pve01' }), 'scenario.badSid', /qemu\/101/],
    ['malformed action', (o) => o.events.push({ t: 5, action: 'explode pve01' }), 'scenario.badAction', /explode pve01/],
    ['action on an unknown node', (o) => o.events.push({ t: 5, action: 'power pve07 off' }), 'scenario.badAction', /pve07/],
    ['action on an unknown sid', (o) => o.events.push({ t: 5, action: 'service vm:999 migrate pve02' }), 'scenario.badAction', /vm:999/],
    ['negative priority', (o) => (o.groups = [{ id: 'g', nodes: { pve01: -1 } }]), 'scenario.badPriority', /pve01/],
    ['non-numeric priority', (o) => (o.groups = [{ id: 'g', nodes: 'pve01:high' }]), 'scenario.badPriority', /high/],
    ['rule on an unknown resource', (o) => (o.rules = [{ id: 'r', type: 'resource-affinity', resources: ['vm:101', 'vm:555'], affinity: 'negative' }]), 'scenario.unknownSid', /vm:555/],
    ['bad state', (o) => (o.resources[0] = { sid: 'vm:101', node: 'pve01', state: 'running' }), 'scenario.badState', /running/],
    ['duplicate node', (o) => o.nodes.push('pve01'), 'scenario.duplicateNode', /pve01/],
    ['negative time', (o) => o.events.push({ t: -5, action: 'power pve01 off' }), 'scenario.badTime', /-5/],
    ['bad crs', (o) => (o.crs = 'drs'), 'scenario.badField', /crs/],
    ['bad pveTarget', (o) => (o.pveTarget = 'pve7'), 'scenario.badField', /pve7/],
    ['cpulimit on a VM (qemu-server counts vCPUs)', (o) => (o.resources[0] = { sid: 'vm:101', node: 'pve01', cpulimit: 0.5 }), 'scenario.cpulimitVm', /cpulimit/],
    ['negative cpulimit', (o) => (o.resources[1] = { sid: 'ct:102', node: 'pve02', cpulimit: -1 }), 'scenario.badNumber', /cpulimit/],
    ['threshold above 100 %', (o) => (o.datacenter = { autoRebalance: { threshold: 130 } }), 'scenario.badNumber', /threshold/],
    ['unknown rebalance method', (o) => (o.datacenter = { autoRebalance: { method: 'greedy' } }), 'scenario.badField', /greedy/],
    ['negative measured load', (o) => (o.resources[0] = { sid: 'vm:101', node: 'pve01', load: { cpu: -2 } }), 'scenario.badNumber', /load/],
    ['malformed load event', (o) => o.events.push({ t: 5, action: 'service vm:101 load cpu lots' }), 'scenario.badAction', /load cpu lots/],
    ['size event with a fractional core count', (o) => o.events.push({ t: 5, action: 'service vm:101 size cores 1.5' }), 'scenario.badAction', /cores 1\.5/],
  ];
  for (const [name, mutate, code, re] of cases) {
    it(`rejects ${name} with ${code}, naming the item in both languages`, () => {
      const o = base() as ReturnType<typeof base> & Record<string, unknown>;
      mutate(o);
      const e = errorOf(o);
      expect(e.code).toBe(code);
      expect(e.text.en).toMatch(re);
      expect(e.text.vi).toMatch(re);
      expect(e.text.vi).not.toBe(e.text.en);
    });
  }

  it('rejects non-objects and garbage without crashing', () => {
    for (const junk of [null, 42, 'x', [], { nodes: 'pve01' }, { nodes: [], resources: [] }, { nodes: ['a'], resources: [1] }]) {
      expect(errorOf(junk)).toBeInstanceOf(ScenarioError);
    }
  });
});
