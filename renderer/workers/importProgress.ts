import type { ImportProgress as SharedProgress } from '../../shared/import';
import type { ImportProgress } from './protocol';

/**
 * Overall percentage from the importer's phase events: reading and parsing the files take 0–90 %
 * (each file an equal share, its sheets within it), validation the last 10 %.
 */
export function progressTracker(fileCount: number): (p: SharedProgress) => ImportProgress {
  let fileIndex = 0;
  const files = Math.max(1, fileCount);
  return (p) => {
    if (p.phase === 'read') {
      fileIndex = Math.min(p.done, files - 1);
      return { phase: 'read', file: p.file, pct: Math.round((fileIndex / files) * 90) };
    }
    if (p.phase === 'parse') {
      const within = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
      return { phase: 'parse', file: p.file, sheet: p.sheet ?? '', pct: Math.round(((fileIndex + within) / files) * 90) };
    }
    return { phase: 'validate', pct: 90 + Math.round(p.total > 0 ? (p.done / p.total) * 10 : 0) };
  };
}
