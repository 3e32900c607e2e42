import { useCallback, useState } from 'react';
import { parseCsv, parseJson, toCsv, toJson, type TransferProblem } from '../../../shared/tags/tagTransfer';
import { useArchive } from '../../archive/ArchiveContext';
import { allAssignments, planImport } from '../../archive/tagTransfer';
import { useTagHistory } from './TagHistoryContext';

export interface ImportProblems {
  file: string;
  problems: TransferProblem[];
}

/**
 * Export every article→tag assignment as CSV or JSON (a download of a
 * file made here: nothing leaves the machine otherwise), and import one
 * back. An import with any bad line is refused whole and its problems are
 * listed by line; a good one is a single undoable step.
 */
export function useTagTransfer(): { exportAs: (format: 'csv' | 'json') => Promise<void>; importFile: (file: File) => Promise<void>; problems: ImportProblems | null; dismissProblems: () => void } {
  const db = useArchive();
  const history = useTagHistory();
  const [problems, setProblems] = useState<ImportProblems | null>(null);

  const exportAs = useCallback(
    async (format: 'csv' | 'json') => {
      const now = new Date().toISOString();
      const assignments = await allAssignments(db);
      const text = format === 'csv' ? toCsv(assignments) : toJson(assignments, now);
      const blob = new Blob([text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `newsroom-tags-${now.slice(0, 10)}.${format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    },
    [db],
  );

  const importFile = useCallback(
    async (file: File) => {
      setProblems(null);
      const text = await file.text();
      const now = new Date().toISOString();
      const parsed = /\.json$/i.test(file.name) || /^\s*[[{]/.test(text) ? parseJson(text, now) : parseCsv(text, now);
      if (!parsed.ok) {
        setProblems({ file: file.name, problems: parsed.problems });
        return;
      }
      const plan = await planImport(db, parsed.assignments);
      if (!plan.ok) {
        setProblems({ file: file.name, problems: plan.problems });
        return;
      }
      const count = plan.edit.put.length;
      await history.run(`Imported ${count.toLocaleString()} ${count === 1 ? 'tag' : 'tags'} from ${file.name}${plan.already > 0 ? ` (${plan.already.toLocaleString()} already there)` : ''}`, () => Promise.resolve(plan.edit));
    },
    [db, history],
  );

  return { exportAs, importFile, problems, dismissProblems: () => setProblems(null) };
}
