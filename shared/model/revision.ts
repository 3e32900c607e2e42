/** A previous version of an article, kept when a source changes it. */
export interface Revision {
  id: string;
  articleId: string;
  /** When this version was replaced (ISO 8601). */
  capturedAt: string;
  headline: string;
  dek: string | null;
  bodyHtml: string;
  updatedAt: string | null;
}
