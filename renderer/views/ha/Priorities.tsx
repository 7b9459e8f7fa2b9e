import { sortedPriorities } from '../design/designRows';

/** Node priorities, preferred (highest number) first, each kept on one line. */
export function Priorities({ nodes }: { nodes: Record<string, number> }) {
  return (
    <>
      {sortedPriorities(nodes).map(([n, p]) => (
        <code key={n} className="inline-code dz-prio">
          {n}:{p}
        </code>
      ))}
    </>
  );
}
