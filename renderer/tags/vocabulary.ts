import { useEffect, useState } from 'react';
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

let loaded: Vocabulary | null = null;
let loading: Promise<Vocabulary> | null = null;

/** Reads the vocabulary's chunk (once); the reader starts this when idle after its first screen. */
export function loadVocabulary(): Promise<Vocabulary> {
  loading ??= import('./bundledVocabulary').then((module) => {
    loaded = module.bundledVocabulary();
    return loaded;
  });
  return loading;
}

/** The vocabulary, or null while its chunk is read (the component renders again when it is there). */
export function useVocabulary(): Vocabulary | null {
  const [vocabulary, setVocabulary] = useState(loaded);
  useEffect(() => {
    if (vocabulary) return;
    let gone = false;
    void loadVocabulary().then((v) => !gone && setVocabulary(v));
    return () => void (gone = true);
  }, [vocabulary]);
  return vocabulary;
}
