import { keymapWith, readOverrides } from '../../shared/commands/keymap';
import type { HostHandlers } from '../../shared/host/contract';
import type { HostPlatform } from './hostHandlers';

/** The requests about the desktop around the window: the icon's badge and the menu's shortcuts. */
export type ShellHandlers = Pick<HostHandlers, 'setBadgeCount' | 'setMenuKeys'>;

export function shellHandlers(platform: Pick<HostPlatform, 'setBadgeCount' | 'showMenuKeys'>): ShellHandlers {
  return {
    setBadgeCount: ({ count }) => Promise.resolve({ shown: platform.setBadgeCount(count) }),
    // The contract only checked the ids and lengths: readOverrides keeps the bindings that
    // parse, canonical, so the menu never shows (or registers) a key the reader would not run.
    setMenuKeys: ({ keys }) => Promise.resolve({ applied: platform.showMenuKeys(keymapWith(readOverrides(keys))) }),
  };
}
