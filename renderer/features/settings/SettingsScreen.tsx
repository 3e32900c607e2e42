import type { ReactNode } from 'react';
import { updateSettings, useSettings } from '../../settings/settingsStore';
import { ReadingSettingsForm } from '../../ui/ReadingSettingsForm';
import { KeyBindingsEditor } from './KeyBindingsEditor';

/** Settings: how articles read, and every keyboard shortcut. Changes apply and are kept at once. */
export function SettingsScreen({ className = '' }: { /** The focused-pane marker, from the layout. */ className?: string }): ReactNode {
  const { reading } = useSettings();
  return (
    <main className={`settings-pane pane ${className}`} aria-labelledby="settings-title" tabIndex={-1} data-pane="main">
      <header className="pane-header">
        <h2 id="settings-title">Settings</h2>
        <span className="muted">Changes are saved as you make them.</span>
      </header>
      <div className="settings-body">
        <section aria-labelledby="reading-heading">
          <h3 id="reading-heading">Reading</h3>
          <ReadingSettingsForm reading={reading} onChange={(next) => updateSettings((s) => ({ ...s, reading: next }))} />
        </section>
        <KeyBindingsEditor />
      </div>
    </main>
  );
}
