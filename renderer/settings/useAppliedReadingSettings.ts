import { useLayoutEffect } from 'react';
import { FONT_SIZES, LINE_WIDTHS, type ReadingSettings } from './settings';

/**
 * Puts the reading settings on <html>: the theme as data-theme (absent to
 * follow the system), and the article's size, face and measure as the CSS
 * variables the stylesheet reads. Before paint, so no frame shows the defaults.
 */
export function useAppliedReadingSettings(reading: ReadingSettings): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (reading.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = reading.theme;
    root.style.setProperty('--reading-size', `${Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, reading.fontSize))}px`);
    root.style.setProperty('--reading-font', reading.typeface === 'serif' ? 'var(--serif)' : 'var(--sans)');
    root.style.setProperty('--reading-measure', String(LINE_WIDTHS[reading.lineWidth]));
  }, [reading]);
}
