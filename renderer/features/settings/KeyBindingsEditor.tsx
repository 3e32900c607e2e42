import { useCallback, useState, type KeyboardEvent, type ReactNode } from 'react';
import { COMMANDS, commandSpec, type CommandId } from '../../../shared/commands/commands';
import { chordOf, parseBinding } from '../../../shared/commands/keyChord';
import { conflictsOf, DEFAULT_KEYMAP, findConflicts } from '../../../shared/commands/keymap';
import { useCommands } from '../../commands/CommandContext';
import { KeyCaps } from '../../ui/KeyCaps';
import { rebind } from './rebind';

interface Recording {
  id: CommandId;
  chords: string[];
  typed: string;
  error: string | null;
}

/**
 * Every command's shortcut, with a way to change it: press the new keys (a
 * sequence too, "g x"), or type them. A clash is shown before saving, and
 * saving takes the keys from the other command, so the map never holds two.
 */
export function KeyBindingsEditor(): ReactNode {
  const { keymap, overrides, setOverrides } = useCommands();
  const [filter, setFilter] = useState('');
  const [recording, setRecording] = useState<Recording | null>(null);
  // Stable, so the box takes the focus once, as recording starts, and not on every keystroke.
  const focusOnMount = useCallback((el: HTMLDivElement | null) => el?.focus(), []);
  const conflicts = findConflicts(keymap);
  const words = filter.trim().toLowerCase();
  const shown = COMMANDS.filter((c) => words === '' || `${c.title} ${c.group} ${keymap[c.id].join(' ')}`.toLowerCase().includes(words));
  const pending = recording ? (recording.typed.trim() !== '' ? parseBinding(recording.typed) : recording.chords.length > 0 ? { ok: true as const, sequence: recording.chords.join(' ') } : null) : null;
  const clashes = recording && pending?.ok ? conflictsOf(keymap, recording.id, pending.sequence) : [];

  const save = (): void => {
    if (!recording || !pending?.ok) return;
    setOverrides(rebind(keymap, overrides, recording.id, pending.sequence));
    setRecording(null);
    requestAnimationFrame(() => document.getElementById(`change-${recording.id}`)?.focus());
  };
  const onCaptureKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!recording) return;
    // Every key pressed here is the new shortcut, not a command.
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'Escape') return setRecording(null);
    if (event.key === 'Enter' && recording.chords.length > 0) return save();
    const chord = chordOf(event.nativeEvent);
    if (chord === null) return;
    const chords = recording.chords.length >= 3 ? [chord] : [...recording.chords, chord];
    setRecording({ ...recording, chords, typed: '', error: null });
  };

  return (
    <section className="key-bindings" aria-labelledby="keys-heading">
      <div className="settings-section-head">
        <h3 id="keys-heading">Keyboard shortcuts</h3>
        <input type="search" className="key-filter" aria-label="Find a command" placeholder="Find a command…" value={filter} onChange={(event) => setFilter(event.target.value)} autoFocus />
        <button type="button" className="button" disabled={Object.keys(overrides).length === 0} onClick={() => setOverrides({})}>
          Reset all to defaults
        </button>
      </div>
      {conflicts.length > 0 && (
        <p className="notice is-warning" role="alert">
          {conflicts.map((c) => `${c.sequence} is used by both “${commandSpec(c.commands[0]).title}” and “${commandSpec(c.commands[1]).title}”`).join('; ')}. Change one of them.
        </p>
      )}
      <table className="key-table">
        <thead>
          <tr>
            <th scope="col">Command</th>
            <th scope="col">Shortcut</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => {
            const changed = overrides[c.id] !== undefined;
            const isRecording = recording?.id === c.id;
            return (
              <tr key={c.id} className={isRecording ? 'is-recording' : ''}>
                <th scope="row">
                  {c.title}
                  <span className="key-group muted"> · {c.group}</span>
                </th>
                <td>
                  {isRecording ? (
                    <div className="key-capture">
                      <div className="capture-box" tabIndex={0} role="textbox" aria-label={`New shortcut for ${c.title}: press the keys`} onKeyDown={onCaptureKey} ref={focusOnMount}>
                        {recording.chords.length > 0 ? <KeyCaps sequence={recording.chords.join(' ')} /> : <span className="muted">Press the new keys…</span>}
                      </div>
                      <input aria-label={`Or type the shortcut for ${c.title}`} placeholder="or type: g x, Ctrl+K" value={recording.typed} onChange={(event) => setRecording({ ...recording, typed: event.target.value, chords: [] })} onKeyDown={(event) => event.key === 'Enter' && save()} />
                      {pending && !pending.ok && <span className="field-error" role="alert">{pending.error}</span>}
                      {clashes.length > 0 && (
                        <span className="field-warning" role="alert">
                          Used by {clashes.map((id) => `“${commandSpec(id).title}”`).join(', ')}; saving takes it from {clashes.length === 1 ? 'it' : 'them'}.
                        </span>
                      )}
                    </div>
                  ) : keymap[c.id].length > 0 ? (
                    keymap[c.id].map((sequence) => <KeyCaps key={sequence} sequence={sequence} />)
                  ) : (
                    <span className="muted">None</span>
                  )}
                </td>
                <td className="key-actions">
                  {isRecording ? (
                    <>
                      <button type="button" className="button primary" disabled={!pending?.ok} onClick={save}>
                        Save
                      </button>
                      <button type="button" className="button" onClick={() => setRecording(null)}>
                        Cancel
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" id={`change-${c.id}`} className="button" aria-label={`Change the shortcut for ${c.title}`} onClick={() => setRecording({ id: c.id, chords: [], typed: '', error: null })}>
                        Change
                      </button>
                      {changed && (
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`Reset the shortcut for ${c.title} to ${DEFAULT_KEYMAP[c.id].join(', ') || 'none'}`}
                          onClick={() => {
                            const { [c.id]: _reset, ...rest } = overrides;
                            setOverrides(rest);
                          }}
                        >
                          Reset
                        </button>
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
