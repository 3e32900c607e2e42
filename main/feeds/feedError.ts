/**
 * Why a feed could not be read, with a message for the person who subscribed
 * to it: `not-a-feed` (a web page, an image, JSON that is not a JSON Feed),
 * `malformed` (broken beyond what can be read), `unsafe` (entity tricks that
 * were refused before anything was expanded or read).
 */
export type FeedErrorKind = 'not-a-feed' | 'malformed' | 'unsafe';

export class FeedError extends Error {
  readonly kind: FeedErrorKind;

  constructor(kind: FeedErrorKind, message: string) {
    super(message);
    this.name = 'FeedError';
    this.kind = kind;
  }
}
