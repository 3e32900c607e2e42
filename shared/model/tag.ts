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

/**
 * How an archivist's or topic tag was put on: typed as free text, picked
 * from the vocabulary, accepted from the suggestions, or read from an
 * imported CSV/JSON file. Source and entity tags need no more than their kind.
 */
export type TagVia = 'typed' | 'vocabulary' | 'suggestion' | 'import';

/** A tag on an article, as the archive keeps it. */
export interface ArticleTag extends Tag {
  id: string;
  articleId: string;
  /** When the tag was put on the article (ISO 8601). */
  addedAt: string;
  via?: TagVia;
}

/** Another name for a tag: tags arriving under `alias` are filed under `label`. */
export interface TagAlias {
  /** The other name, as labelKey folds it. */
  alias: string;
  label: string;
}
