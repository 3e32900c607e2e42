import type { ReactNode } from 'react';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** A keyboard shortcut, with Mod shown as ⌘ on macOS and Ctrl elsewhere. */
export function Shortcut({ keys }: { keys: string[] }): ReactNode {
  return (
    <span className="shortcut">
      {keys.map((key, i) => (
        <kbd key={i}>{key === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : key}</kbd>
      ))}
    </span>
  );
}
