import { useEffect } from 'react';
import type { CommandId } from '../../shared/commands/commands';
import { isTyping } from '../features/keys/isTyping';
import { useHost } from '../host/HostContext';
import { useCommands } from './CommandContext';

/** Menu items that edit the text when a text box has the focus, and act on the archive otherwise. */
const TEXT_EDITS: Partial<Record<CommandId, 'undo' | 'redo' | 'selectAll'>> = { 'edit.undo': 'undo', 'edit.redo': 'redo', 'selection.all': 'selectAll' };

/**
 * The application menu's side of the registry: its items run commands by
 * id; it is told the person's key map so it shows their shortcuts; and the
 * dock or taskbar badge shows the unread count. (The web host has no menu
 * or badge and says so.)
 */
export function useMenuBridge(unread: number): void {
  const host = useHost();
  const { run, keymap } = useCommands();
  useEffect(
    () =>
      host.api.on('menuCommand', ({ command }) => {
        const edit = TEXT_EDITS[command];
        // execCommand is deprecated but still the only way to run a text box's own undo, redo and select all; Chromium keeps it.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        if (edit && isTyping(document.activeElement)) document.execCommand(edit);
        else run(command);
      }),
    [host, run],
  );
  useEffect(() => {
    void host.api.setMenuKeys({ keys: Object.fromEntries(Object.entries(keymap).map(([id, keys]) => [id, [...keys]])) }).catch(() => undefined);
  }, [host, keymap]);
  useEffect(() => {
    void host.api.setBadgeCount({ count: unread }).catch(() => undefined);
  }, [host, unread]);
}
