export type { SearchDocument } from '../../../shared/search/searchDocument';
