import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FENCE_DELAY_SECONDS, LOCK_LIFETIME_SECONDS, ROUND_SECONDS } from '../../../shared/ha/constants';
import { parseScenario } from '../../../shared/ha/parseScenario';
import { capacityNote, simulate } from '../../../shared/ha/simulate';
import type { SimResult, TimelineEntry } from '../../../shared/ha/types';

const FIXTURES = path.resolve(__dirname, '../../fixtures/ha');

function load(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
}

function run(name: string): SimResult {
  return simulate(parseScenario(load(name)));
}

/** State changes of one service, in order: ['started', 'fence', 'recovery', 'started', …]. */
function states(r: SimResult, sid: string): string[] {
  const seq = r.timeline.filter((e) => e.code === 'service.state' && e.sid === sid);
  return seq.length === 0 ? [] : [seq[0]?.from ?? '', ...seq.map((e) => e.to ?? '')];
}

function find(r: SimResult, pred: (e: TimelineEntry) => boolean): TimelineEntry | undefined {
  return r.timeline.find(pred);
}

describe('HA simulator: node failure and recovery', () => {
  it('fails over to the least-loaded node (basic scheduler counts HA resources, ties by name)', () => {
    const r = run('failover-least-loaded');
    // pve02 has 2 resources, pve04 has 1, pve03 none: pve03 wins.
    expect(r.final['vm:101']).toEqual({ node: 'pve03', state: 'started', running: true });
    expect(states(r, 'vm:101')).toEqual(['started', 'fence', 'recovery', 'started']);
    const fence = find(r, (e) => e.kind === 'service' && e.sid === 'vm:101' && e.to === 'fence');
    const rec = find(r, (e) => e.kind === 'service' && e.sid === 'vm:101' && e.to === 'recovery');
    // Failure at t=100; last seen online at t=90: fenced no earlier than the fence delay after that, and the
    // agent lock (last renewed at t=90) is only taken once its lifetime ran out.
    expect(fence?.t).toBeGreaterThanOrEqual(90 + FENCE_DELAY_SECONDS);
    expect(rec?.t).toBe(90 + LOCK_LIFETIME_SECONDS);
    expect(r.nodes.pve01).toEqual({ power: 'off', network: 'on', haState: 'unknown' });
    // Other resources never move.
    expect(r.final['vm:201']?.node).toBe('pve02');
    expect(r.final['vm:401']?.node).toBe('pve04');
    // The capacity overlay says that basic mode ignores capacity.
    expect(r.capacityNote).toEqual(capacityNote('basic'));
    expect(r.capacity.at(-1)?.nodes.pve03?.guests).toBe(1);
  });

  it('fails back to the higher-priority group member when it returns (nofailback 0)', () => {
    const r = run('failback-group');
    expect(r.final['vm:101']).toEqual({ node: 'pve01', state: 'started', running: true });
    const back = find(r, (e) => e.sid === 'vm:101' && e.to === 'pve01' && e.t >= 400 && e.code === 'service.moveQueued' && e.params.mode === 'migrate');
    expect(back?.t).toBe(400);
    expect(find(r, (e) => e.sid === 'vm:101' && e.to === 'pve02' && e.code === 'service.recovered')).toBeDefined();
  });

  it('stays on the lower-priority node with nofailback 1 (PVE 8 group)', () => {
    const r = run('nofailback-group');
    expect(r.final['vm:101']).toEqual({ node: 'pve02', state: 'started', running: true });
    expect(r.timeline.filter((e) => e.sid === 'vm:101' && e.t >= 400 && e.kind === 'service')).toEqual([]);
  });

  it('stays with failback 0 on a PVE 9 node-affinity rule', () => {
    const r = run('failback-off-rule');
    expect(r.final['vm:101']?.node).toBe('pve02');
    expect(r.nodes.pve01?.haState).toBe('online');
  });

  it('recovers onto a node outside a restricted group: never (recovery, not running), until a member returns', () => {
    const r = run('restricted-no-node');
    expect(r.final['vm:101']).toEqual({ node: 'pve01', state: 'recovery', running: false });
    expect(find(r, (e) => e.code === 'service.noRecoveryNode')).toBeDefined();
    const rule = run('strict-rule-no-node');
    // The strict rule's only node comes back at t=600: recovered onto that same node (test-recovery2).
    expect(rule.final['vm:101']).toEqual({ node: 'pve01', state: 'started', running: true });
    expect(find(rule, (e) => e.sid === 'vm:101' && e.code === 'service.recovered' && e.to === 'pve01')?.t).toBe(600);
  });
});

describe('HA simulator: manual migrate', () => {
  it('is undone by failback when the resource is moved off its preferred node', () => {
    const r = run('manual-migrate-undone');
    expect(r.final['vm:101']).toEqual({ node: 'pve01', state: 'started', running: true });
    const moves = r.timeline.filter((e) => e.sid === 'vm:101' && e.code === 'service.moved');
    expect(moves.map((e) => [e.t, e.from, e.to])).toEqual([
      [110, 'pve01', 'pve02'],
      [120, 'pve02', 'pve01'],
    ]);
  });

  it('is kept with nofailback, and without any group', () => {
    const r = run('manual-migrate-kept');
    expect(r.final['vm:101']?.node).toBe('pve03');
    expect(r.final['vm:102']?.node).toBe('pve02');
    expect(r.timeline.filter((e) => e.code === 'service.moved')).toHaveLength(2);
  });
});

describe('HA simulator: start failures', () => {
  it('retries max_restart times locally, relocates max_relocate times, then enters error; disabled ends it', () => {
    const r = run('start-failure-error');
    const retries = r.timeline.filter((e) => e.sid === 'vm:101' && e.code === 'lrm.startRetry');
    expect(retries.map((e) => e.node)).toEqual(['pve01', 'pve03']);
    const gaveUp = r.timeline.filter((e) => e.sid === 'vm:101' && e.code === 'lrm.startGaveUp');
    expect(gaveUp).toHaveLength(2);
    // (max_restart+1)·(max_relocate+1) = 4 start attempts, on pve01 then on the least-loaded other node.
    expect(retries.length + gaveUp.length).toBe(4);
    const err = find(r, (e) => e.sid === 'vm:101' && e.to === 'error');
    expect(err?.t).toBe(70);
    expect(find(r, (e) => e.code === 'service.error')).toBeDefined();
    // Setting it disabled is the way out of error.
    expect(r.final['vm:101']).toEqual({ node: 'pve03', state: 'stopped', running: false });
  });

  it('succeeds after a relocation and clears the failed nodes', () => {
    const r = run('start-failure-relocated');
    expect(r.final['vm:101']).toEqual({ node: 'pve03', state: 'started', running: true });
    expect(r.timeline.filter((e) => e.sid === 'vm:101' && e.code === 'lrm.startRetry')).toHaveLength(2);
    expect(find(r, (e) => e.code === 'service.relocationSucceeded')?.node).toBe('pve03');
  });
});

describe('HA simulator: maintenance and shutdown policies', () => {
  it('maintenance moves everything out, survives a power cycle, and brings resources back when disabled', () => {
    const r = run('maintenance');
    expect(find(r, (e) => e.node === 'pve01' && e.to === 'maintenance')?.t).toBe(110);
    // ct uses relocate, vm uses migrate.
    expect(find(r, (e) => e.sid === 'ct:102' && e.to === 'relocate')).toBeDefined();
    expect(find(r, (e) => e.sid === 'vm:101' && e.to === 'migrate')).toBeDefined();
    // Not fenced while off in maintenance; still in maintenance after the power cycle.
    expect(find(r, (e) => e.kind === 'service' && e.to === 'fence')).toBeUndefined();
    expect(find(r, (e) => e.node === 'pve01' && e.from === 'maintenance' && e.to === 'online')?.t).toBe(510);
    expect(r.final['vm:101']).toEqual({ node: 'pve01', state: 'started', running: true });
    expect(r.final['ct:102']).toEqual({ node: 'pve01', state: 'started', running: true });
    expect(r.timeline.filter((e) => e.code === 'service.maintenanceBack')).toHaveLength(2);
  });

  it('conditional: reboot freezes and restarts on the same node; shutdown fails over', () => {
    const reboot = run('shutdown-conditional-reboot');
    expect(states(reboot, 'vm:101')).toEqual(['started', 'freeze', 'started']);
    expect(reboot.final['vm:101']).toEqual({ node: 'pve01', state: 'started', running: true });
    const shut = run('shutdown-conditional-shutdown');
    expect(states(shut, 'vm:101')).toEqual(['started', 'fence', 'recovery', 'started']);
    // The lock was released by the clean shutdown: fence and recovery at the same second (test-shutdown1).
    const fence = find(shut, (e) => e.sid === 'vm:101' && e.to === 'fence');
    expect(find(shut, (e) => e.sid === 'vm:101' && e.to === 'recovery')?.t).toBe(fence?.t);
    expect(shut.final['vm:101']?.node).toBe('pve03');
  });

  it('freeze: services stay frozen and are never recovered while the node is off', () => {
    const r = run('shutdown-freeze-shutdown');
    expect(r.final['vm:101']).toEqual({ node: 'pve01', state: 'freeze', running: false });
    expect(find(r, (e) => e.to === 'recovery')).toBeUndefined();
    expect(run('shutdown-freeze-reboot').final['vm:101']).toEqual({ node: 'pve01', state: 'started', running: true });
  });

  it('failover: a quick reboot restarts on the same node without fencing; a shutdown recovers elsewhere', () => {
    const reboot = run('shutdown-failover-reboot');
    expect(find(reboot, (e) => e.to === 'fence')).toBeUndefined();
    expect(reboot.final['vm:101']).toEqual({ node: 'pve01', state: 'started', running: true });
    const shut = run('shutdown-failover-shutdown');
    expect(shut.final['vm:101']).toEqual({ node: 'pve03', state: 'started', running: true });
  });

  it('migrate: resources leave before the node goes down and come back after a reboot', () => {
    const reboot = run('shutdown-migrate-reboot');
    const left = find(reboot, (e) => e.sid === 'vm:101' && e.code === 'service.moved' && e.to === 'pve03');
    const down = find(reboot, (e) => e.node === 'pve01' && e.code === 'node.down');
    expect(left && down && left.t <= down.t).toBe(true);
    expect(reboot.final['vm:101']).toEqual({ node: 'pve01', state: 'started', running: true });
    const shut = run('shutdown-migrate-shutdown');
    expect(shut.final['vm:101']).toEqual({ node: 'pve03', state: 'started', running: true });
    expect(shut.nodes.pve01).toEqual({ power: 'off', network: 'on', haState: 'maintenance' });
    expect(find(shut, (e) => e.to === 'fence')).toBeUndefined();
  });
});

describe('HA simulator: schedulers and rules', () => {
  it('static scheduler places by memory, not by resource count', () => {
    const r = run('static-memory');
    // pve02 has 1 HA resource and pve03 has 2, but pve03 has far more free memory.
    expect(r.final['vm:101']?.node).toBe('pve03');
    expect(r.crs).toBe('static');
    // The same cluster with the basic scheduler picks the node with fewer HA resources.
    const basic = load('static-memory') as { crs: string };
    basic.crs = 'basic';
    expect(simulate(parseScenario(basic)).final['vm:101']?.node).toBe('pve02');
  });

  it('static without node resources falls back to basic and says so', () => {
    const sc = load('static-memory') as { nodeResources?: unknown };
    delete sc.nodeResources;
    const r = simulate(parseScenario(sc));
    expect(r.crs).toBe('basic');
    expect(find(r, (e) => e.code === 'crs.fallbackBasic' && e.params.mode === 'static')).toBeDefined();
  });

  it('positive resource affinity keeps resources together on recovery', () => {
    const r = run('affinity-positive');
    expect(r.final['vm:101']?.node).toBe('pve02');
    expect(r.final['vm:102']?.node).toBe('pve02');
    // Without the rule the basic scheduler would spread them.
    const sc = load('affinity-positive') as { rules?: unknown };
    delete sc.rules;
    const free = simulate(parseScenario(sc));
    expect(free.final['vm:101']?.node).not.toBe(free.final['vm:102']?.node);
  });

  it('negative resource affinity keeps resources apart on recovery', () => {
    const r = run('affinity-negative');
    // pve02 is the least loaded node, but it runs vm:102.
    expect(r.final['vm:101']?.node).toBe('pve03');
    const sc = load('affinity-negative') as { rules?: unknown };
    delete sc.rules;
    expect(simulate(parseScenario(sc)).final['vm:101']?.node).toBe('pve02');
  });

  it('seed-style priorities pve01=1, pve02=2 end on pve02 (higher number wins)', () => {
    const r = run('seed-priorities');
    expect(r.final['vm:111']).toEqual({ node: 'pve02', state: 'started', running: true });
    expect(find(r, (e) => e.sid === 'vm:111' && e.to === 'migrate')?.t).toBe(0);
  });

  it('ha-rebalance-on-start relocates a new resource before start, but leaves an already running one', () => {
    const r = run('rebalance-on-start');
    expect(r.final['vm:103']).toEqual({ node: 'pve03', state: 'started', running: true });
    expect(r.final['vm:104']).toEqual({ node: 'pve01', state: 'started', running: true });
    expect(find(r, (e) => e.code === 'service.rebalanceOnStartIgnored')?.sid).toBe('vm:104');
  });
});

describe('HA simulator: quorum, network, requested states', () => {
  it('whole-cluster quorum loss: nothing is recovered and the last node self-fences', () => {
    const r = run('quorum-loss');
    expect(find(r, (e) => e.kind === 'quorum')?.t).toBe(100);
    expect(find(r, (e) => e.kind === 'watchdog')?.node).toBe('pve01');
    expect(find(r, (e) => e.to === 'recovery' || e.to === 'fence')).toBeUndefined();
    for (const sid of ['vm:101', 'vm:201', 'vm:301']) expect(r.final[sid]?.running).toBe(false);
  });

  it('network loss: the isolated node self-fences before its services are recovered elsewhere', () => {
    const r = run('network-isolation');
    const reset = find(r, (e) => e.kind === 'watchdog' && e.node === 'pve01');
    const rec = find(r, (e) => e.sid === 'vm:101' && e.to === 'recovery');
    expect(reset && rec && reset.t < rec.t).toBe(true);
    expect(r.final['vm:101']).toEqual({ node: 'pve03', state: 'started', running: true });
    expect(r.nodes.pve01).toEqual({ power: 'on', network: 'off', haState: 'unknown' });
    // The guest never runs on two nodes: between the isolation and the reset it runs only on pve01.
    for (const snap of r.capacity) {
      const total = Object.values(snap.nodes).reduce((a, n) => a + n.guests, 0);
      expect(total).toBeLessThanOrEqual(2);
    }
  });

  it('disabled is not recovered, ignored is left alone, stopped is moved to a survivor', () => {
    const r = run('requested-states');
    expect(r.final['vm:101']).toEqual({ node: 'pve01', state: 'stopped', running: false });
    expect(r.final['vm:102']?.state).toBe('ignored');
    expect(r.final['vm:103']).toEqual({ node: 'pve02', state: 'stopped', running: false });
    expect(r.final['vm:104']).toEqual({ node: 'pve03', state: 'stopped', running: false });
  });

  it('is deterministic: the same input gives the same output', () => {
    for (const name of ['maintenance', 'network-isolation', 'start-failure-error', 'static-memory']) {
      expect(JSON.stringify(run(name))).toBe(JSON.stringify(run(name)));
    }
  });

  it('rounds are ROUND_SECONDS apart', () => {
    const r = run('failback-group');
    for (const e of r.timeline) if (e.kind !== 'event') expect(e.t % ROUND_SECONDS).toBe(0);
  });

  it('with failback off a resource moved away for maintenance does not come back', () => {
    const sc = load('maintenance') as { resources: { sid: string; failback?: boolean }[] };
    for (const r of sc.resources) if (r.sid === 'vm:101') r.failback = false;
    const r = simulate(parseScenario(sc));
    expect(r.final['vm:101']).toEqual({ node: 'pve03', state: 'started', running: true });
    expect(r.final['ct:102']?.node).toBe('pve01');
  });

  it('refuses a manual migrate onto a node running a negatively-affine resource', () => {
    const sc = load('affinity-negative') as { events: { t: number; action: string }[] };
    sc.events = [{ t: 50, action: 'service vm:101 migrate pve02' }];
    const r = simulate(parseScenario(sc));
    expect(find(r, (e) => e.code === 'command.negativeAffinity')?.t).toBe(50);
    expect(r.final['vm:101']?.node).toBe('pve01');
  });

  it('co-migrates positively-affine resources with a manual migrate', () => {
    const sc = load('affinity-positive') as { events: { t: number; action: string }[] };
    sc.events = [{ t: 50, action: 'service vm:102 migrate pve03' }];
    const r = simulate(parseScenario(sc));
    expect(r.final['vm:101']?.node).toBe('pve03');
    expect(r.final['vm:102']?.node).toBe('pve03');
  });
});
