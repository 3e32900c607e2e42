import type { CommandId } from './commands';
import type { Keymap } from './keymap';

/** How long the second key of a sequence ("g" then "a") may wait. */
export const SEQUENCE_TIMEOUT_MS = 1500;

export type MatchResult =
  /** The chords so far make a whole binding. */
  | { kind: 'run'; id: CommandId }
  /** They start one or more bindings: wait for the next key. */
  | { kind: 'pending'; prefix: string }
  | { kind: 'none' };

/**
 * Turns chords into commands, across sequences like "g a". Pure: the caller
 * gives the time of each key, so sequences time out without a timer.
 */
export class KeySequenceMatcher {
  private readonly whole = new Map<string, CommandId>();
  private readonly prefixes = new Set<string>();
  private pending: string[] = [];
  private pendingSince = 0;

  constructor(keymap: Keymap, accept: (id: CommandId, sequence: string) => boolean = () => true) {
    for (const [id, sequences] of Object.entries(keymap) as Array<[CommandId, readonly string[]]>) {
      for (const sequence of sequences) {
        if (!accept(id, sequence)) continue;
        // The first command to claim a binding keeps it; Settings reports the clash.
        if (!this.whole.has(sequence)) this.whole.set(sequence, id);
        const chords = sequence.split(' ');
        for (let n = 1; n < chords.length; n++) this.prefixes.add(chords.slice(0, n).join(' '));
      }
    }
  }

  /** The keys typed so far of an unfinished sequence, for the status line. */
  get waitingFor(): string | null {
    return this.pending.length > 0 ? this.pending.join(' ') : null;
  }

  reset(): void {
    this.pending = [];
  }

  feed(chord: string, now: number): MatchResult {
    if (this.pending.length > 0 && now - this.pendingSince > SEQUENCE_TIMEOUT_MS) this.pending = [];
    const midSequence = this.pending.length > 0;
    const result = this.match([...this.pending, chord].join(' '), now);
    // A key that breaks a sequence starts afresh: "g x" then tries "x" alone.
    return result.kind === 'none' && midSequence ? this.match(chord, now) : result;
  }

  private match(sequence: string, now: number): MatchResult {
    if (this.prefixes.has(sequence)) {
      this.pending = sequence.split(' ');
      this.pendingSince = now;
      return { kind: 'pending', prefix: sequence };
    }
    this.pending = [];
    const id = this.whole.get(sequence);
    return id ? { kind: 'run', id } : { kind: 'none' };
  }
}
