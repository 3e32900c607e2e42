/** Why a fetch failed, in a form the scheduler can act on and a message a person can read. */
export type FetchErrorKind = 'bad-url' | 'network' | 'timeout' | 'too-large' | 'redirect' | 'http';

export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  /** A failure of the network itself (not of this source), which says nothing about the feed. */
  readonly network: boolean;
  readonly code: string | null;

  constructor(kind: FetchErrorKind, message: string, extra: { network?: boolean; code?: string } = {}) {
    super(message);
    this.name = 'FetchError';
    this.kind = kind;
    this.network = extra.network ?? false;
    this.code = extra.code ?? null;
  }
}
