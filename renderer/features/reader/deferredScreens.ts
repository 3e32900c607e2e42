import { deferred } from '../../ui/deferred';

// The screens and dialogs the first screen does not show, fetched after it (see deferred): with
// papaparse they were about 60 KB of the launch bundle. Not the palette or the tag editor: both are
// typed into the moment they open, and keys typed while one was still being fetched would run as
// commands on the list behind it.
export const SettingsScreen = deferred(() => import('../settings/SettingsScreen').then((m) => m.SettingsScreen));
export const SourcesScreen = deferred(() => import('../sources/SourcesScreen').then((m) => m.SourcesScreen));
export const TagBrowserScreen = deferred(() => import('../tags/TagBrowserScreen').then((m) => m.TagBrowserScreen));
export const ShortcutSheet = deferred(() => import('../../ui/ShortcutSheet').then((m) => m.ShortcutSheet));
export const AboutDialog = deferred(() => import('../../ui/AboutDialog').then((m) => m.AboutDialog));

/** Fetches them all: called once the list's first screen is drawn. */
export async function loadDeferredScreens(): Promise<void> {
  for (const screen of [SettingsScreen, SourcesScreen, TagBrowserScreen, ShortcutSheet, AboutDialog]) await screen.load();
}
