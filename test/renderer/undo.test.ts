import { beforeEach, describe, expect, it } from 'vitest';
import { acknowledge, pinVm, setHaTier, setVmOverride } from '../../shared/model/decisions';
import { emptyInventory } from '../../shared/model/inventory';
import { newProject } from '../../shared/model/project';
import { redo, undo, updateAssumptions, updateDecisions } from '../../renderer/state/decisions';
import { UNDO_LIMIT, useProjectStore } from '../../renderer/state/projectStore';

beforeEach(() => {
  useProjectStore.getState().setProject(newProject(emptyInventory(), { name: 'p', now: '2026-12-02T10:00:00Z' }));
});

const decisions = () => useProjectStore.getState().project!.decisions;

describe('undo / redo of decisions (renderer/state)', () => {
  it('undoes and redoes every kind of decision edit in order', () => {
    const start = useProjectStore.getState().project!;
    updateDecisions((d) => setVmOverride(d, 'vc/1', 'memoryMiB', 8192));
    updateDecisions((d) => pinVm(d, 'vc/1', 'n1'));
    updateDecisions((d) => acknowledge(d, 'vc/2', 'snapshots', 'ok', 't'));
    updateDecisions((d) => setHaTier(d, 'vc/3', 1));
    updateAssumptions({ vcpuPerCore: 3 });
    const end = useProjectStore.getState().project!;
    expect(useProjectStore.getState().past).toHaveLength(5);
    expect(undo()).toBe(true); // the assumption
    expect(useProjectStore.getState().project!.assumptions.vcpuPerCore).toBe(start.assumptions.vcpuPerCore);
    expect(undo()).toBe(true); // the tier
    expect(decisions().design?.haTiers ?? {}).toEqual({});
    undo();
    undo();
    expect(decisions().acknowledged).toBeUndefined();
    expect(decisions().design?.pins ?? {}).toEqual({});
    expect(undo()).toBe(true);
    expect(useProjectStore.getState().project).toBe(start);
    expect(undo()).toBe(false);
    for (let i = 0; i < 5; i++) expect(redo()).toBe(true);
    expect(redo()).toBe(false);
    expect(useProjectStore.getState().project).toBe(end);
  });

  it('a new edit after undo drops the redo steps; an edit that changes nothing is no step', () => {
    updateDecisions((d) => pinVm(d, 'vc/1', 'n1'));
    undo();
    updateDecisions((d) => pinVm(d, 'vc/1', 'n2'));
    expect(useProjectStore.getState().future).toHaveLength(0);
    expect(redo()).toBe(false);
    updateDecisions((d) => d);
    expect(useProjectStore.getState().past).toHaveLength(1);
  });

  it('opening another project starts a new history; the history is bounded', () => {
    for (let i = 0; i < UNDO_LIMIT + 20; i++) updateDecisions((d) => pinVm(d, `vc/${i}`, 'n'));
    expect(useProjectStore.getState().past).toHaveLength(UNDO_LIMIT);
    useProjectStore.getState().setProject(newProject(emptyInventory(), { name: 'q', now: 't' }));
    expect(undo()).toBe(false);
  });
});
