import { useLayoutEffect, useRef } from 'react';
import { isTyping } from '../keys/isTyping';

export interface SourceKeyActions {
  ids: string[];
  selected: string | null;
  select: (id: string) => void;
  togglePause: (id: string) => void;
  syncOne: (id: string) => void;
  enabled: boolean;
}

/**
 * In the Sources view: j/k move, p pauses or resumes (one key), s syncs the
 * selected source. The actions of the last render are read at key time and
 * set before paint, so a key pressed as soon as a row shows "Paused" resumes
 * it rather than pausing it again from the render before.
 */
export function useSourceKeys(actions: SourceKeyActions): void {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const { ids, selected, select, togglePause, syncOne, enabled } = latest.current;
      if (!enabled || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
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
  }, []);
}
