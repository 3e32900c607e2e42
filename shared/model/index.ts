export type { ArchivableArticle, Article, ArticleOrigin, NormalizedArticle } from './article';
export type { ArchivedImage, ArchivedPicture, ArticleImage, CreditSource } from './articleImage';
export type { ArticleTag, EntityType, Tag, TagAlias, TagKind, TagVia } from './tag';
export type { Source } from './source';
export type { Revision } from './revision';
export type { Subscription } from './subscription';
export type { PubStatus, WireInfo } from './wireInfo';
export { IMPORTABLE_EXTENSIONS, isImportableName } from './importableFiles';
