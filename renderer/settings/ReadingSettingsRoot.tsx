import type { ReactNode } from 'react';
import { useSettings } from './settingsStore';
import { useAppliedReadingSettings } from './useAppliedReadingSettings';

/** Applies the reading settings to the document; renders nothing. */
export function ReadingSettingsRoot(): ReactNode {
  useAppliedReadingSettings(useSettings().reading);
  return null;
}
