import { useEffect } from 'react';
import { isTyping } from '../keys/isTyping';

export interface SourceKeyActions {
  ids: string[];
  selected: string | null;
  select: (id: string) => void;
  togglePause: (id: string) => void;
  syncOne: (id: string) => void;
  enabled: boolean;
}

/** In the Sources view: j/k move, p pauses or resumes (one key), s syncs the selected source. */
export function useSourceKeys({ ids, selected, select, togglePause, syncOne, enabled }: SourceKeyActions): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const index = selected ? ids.indexOf(selected) : -1;
      const move = (step: number): void => {
        const next = ids[Math.min(ids.length - 1, Math.max(0, index + step))];
        if (next) select(next);
      };
      if (event.key === 'j') move(1);
      else if (event.key === 'k') move(-1);
      else if (event.key === 'p' && selected) togglePause(selected);
      else if (event.key === 's' && selected) syncOne(selected);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ids, selected, select, togglePause, syncOne, enabled]);
}
