import { lazyChunk, useLazyChunk } from '../ui/lazyChunk';
import type { Vocabulary } from './bundledVocabulary';

export type { Vocabulary };

/*
 * The IPTC Media Topics vocabulary, bundled with the renderer (so it is
 * there offline, with no request) in a chunk of its own, read when first
 * wanted: inlined in the main bundle, its 2,700 topics were half the script
 * a starting window evaluates, and the list showed 80 ms later at launch
 * (`npm run bench -- ui`). The chunk also holds what only the vocabulary
 * uses (the tag completer's fuzzysort, the suggester).
 */

const chunk = lazyChunk(() => import('./bundledVocabulary').then((module) => module.bundledVocabulary()));

/** Reads the vocabulary's chunk (once); the reader starts this when idle after its first screen. */
export const loadVocabulary = (): Promise<Vocabulary> => chunk.load();

/** The vocabulary, or null while its chunk is read (the component renders again when it is there). */
export const useVocabulary = (): Vocabulary | null => useLazyChunk(chunk);
