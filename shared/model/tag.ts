/** How a tag came to be on an article. */
export type TagKind = 'source' | 'entity' | 'topic' | 'archivist';

/** For entity tags: what the name refers to. */
export type EntityType = 'person' | 'place' | 'org';

export interface Tag {
  label: string;
  kind: TagKind;
  /** A vocabulary code such as an IPTC Media Topic qcode (`medtop:16000000`), or null. */
  code: string | null;
  /** Set on entity tags only. */
  entity?: EntityType;
}

/** A tag on an article, as the archive keeps it. */
export interface ArticleTag extends Tag {
  id: string;
  articleId: string;
  /** When the tag was put on the article (ISO 8601). */
  addedAt: string;
}
