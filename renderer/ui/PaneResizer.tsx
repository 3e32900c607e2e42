import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

export interface PaneResizerProps {
  /** What it resizes, for assistive tech: "sidebar", "article list". */
  label: string;
  width: number;
  min: number;
  max: number;
  defaultWidth: number;
  onWidth: (width: number) => void;
}

/** Keyboard step, in pixels; Shift takes bigger steps. */
const STEP = 16;

/**
 * The line between two panes: drag it, or focus it and press ← →
 * (Shift for bigger steps, Home/End for the limits); double-click resets.
 */
export function PaneResizer({ label, width, min, max, defaultWidth, onWidth }: PaneResizerProps): ReactNode {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const clamp = (w: number): number => Math.round(Math.min(max, Math.max(min, w)));
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (drag.current) onWidth(clamp(drag.current.startWidth + event.clientX - drag.current.startX));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    const next = { ArrowLeft: width - step, ArrowRight: width + step, Home: min, End: max }[event.key];
    if (next === undefined) return;
    // The arrows resize here; elsewhere they move between panes.
    event.preventDefault();
    onWidth(clamp(next));
  };
  return (
    <div
      className="pane-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize the ${label}`}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onDoubleClick={() => onWidth(defaultWidth)}
      onKeyDown={onKeyDown}
    />
  );
}
