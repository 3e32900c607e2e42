import type { PubStatus } from '../../shared/model';

/** What a withheld or canceled wire item's mark says: in the list, short; on the article, what it means for the reader. */
export const PUB_STATUS_TEXT: Record<Exclude<PubStatus, 'usable'>, { short: string; long: string }> = {
  withheld: { short: 'Withheld', long: 'Withheld by the agency: do not use this story until it is released.' },
  canceled: { short: 'Canceled', long: 'Canceled by the agency: this story must not be used.' },
};
