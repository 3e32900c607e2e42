import { useEffect, useState } from 'react';
import { MediaTopics, type RawMediaTopic } from '../../shared/tags/mediaTopics';
import { TagCompleter } from '../../shared/tags/tagCompleter';
import { TopicSuggester } from '../../shared/tags/topicSuggester';

/**
 * The IPTC Media Topics vocabulary, bundled with the renderer (so it is
 * there offline, with no request) in a chunk of its own, read when first
 * wanted: inlined in the main bundle, its 2,700 topics were half the script
 * a starting window evaluates, and the list showed 80 ms later at launch
 * (`npm run bench -- ui`). What is built from it is made once on first use:
 * the suggester's term weights take ~50 ms.
 */
export class Vocabulary {
  private suggester: TopicSuggester | null = null;
  private completer: TagCompleter | null = null;

  constructor(readonly topics: MediaTopics) {}

  topicSuggester(): TopicSuggester {
    this.suggester ??= new TopicSuggester(this.topics);
    return this.suggester;
  }

  tagCompleter(): TagCompleter {
    this.completer ??= new TagCompleter(this.topics);
    return this.completer;
  }
}

let loaded: Vocabulary | null = null;
let loading: Promise<Vocabulary> | null = null;

/** Reads the vocabulary's chunk (once); the reader starts this when idle after its first screen. */
export function loadVocabulary(): Promise<Vocabulary> {
  loading ??= import('../../assets/iptc-media-topics.json').then((module) => {
    loaded = new Vocabulary(new MediaTopics((module.default as { topics: RawMediaTopic[] }).topics));
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
