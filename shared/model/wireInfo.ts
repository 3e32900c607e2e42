/** A wire item's publishing status: only `usable` may be used; the others must never look as if they can. */
export type PubStatus = 'usable' | 'withheld' | 'canceled';

/** What a news agency's wire item (IPTC ninjs) says about itself, beyond the story. */
export interface WireInfo {
  /** The item's own identifier (ninjs `uri`, or `guid` in early versions). */
  uri: string;
  pubStatus: PubStatus;
  /** 1 (most urgent) to 9, as the agency set it. */
  urgency: number | null;
  /** The agency's short label for the story: "militärövning". */
  slugline: string | null;
  /** Where the story was filed from: "Grossetto, Italy". */
  located: string | null;
  /** The item's version: a newer one replaces an older, which is kept as a revision; an older one never replaces a newer. */
  version: string | null;
  /** The ninjs version the document follows, as read from its $schema or its shape: "1.4", "3.0". */
  ninjsVersion: string;
}
