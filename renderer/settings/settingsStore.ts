import { useSyncExternalStore } from 'react';
import { readSettings, type Settings } from './settings';

const STORAGE_KEY = 'newsroom-reader.settings';

/**
 * Settings kept in localStorage: read synchronously at start, so the theme
 * and the panes are right in the first frame, with no flash of defaults.
 * Small (a few hundred bytes); the archive itself is in IndexedDB.
 */
class SettingsStore {
  private current: Settings;
  private readonly listeners = new Set<() => void>();

  constructor() {
    let stored: unknown = null;
    try {
      stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    } catch {
      // Unreadable settings are replaced by the defaults on the next change.
    }
    this.current = readSettings(stored);
    // Another window of the reader changed them.
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY) return;
      try {
        this.current = readSettings(JSON.parse(event.newValue ?? 'null'));
      } catch {
        return;
      }
      this.emit();
    });
  }

  get = (): Settings => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: (settings: Settings) => Settings): void {
    this.current = readSettings(change(this.current));
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.current));
    } catch {
      // Storage full or disabled: the change holds for this session.
    }
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const settingsStore = new SettingsStore();

export function useSettings(): Settings {
  return useSyncExternalStore(settingsStore.subscribe, settingsStore.get);
}

export function updateSettings(change: (settings: Settings) => Settings): void {
  settingsStore.update(change);
}
