import vocabularyJson from '../../assets/iptc-media-topics.json';
import { MediaTopics, type RawMediaTopic } from '../../shared/tags/mediaTopics';
import { TagCompleter } from '../../shared/tags/tagCompleter';
import { TopicSuggester } from '../../shared/tags/topicSuggester';

/**
 * The IPTC Media Topics vocabulary and what is built from it, each made once
 * on first use (the suggester's term weights take ~50 ms). This module is a
 * chunk of its own, with the vocabulary and the libraries only it uses
 * (fuzzysort): read through loadVocabulary, never imported directly.
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

/** The vocabulary that ships in assets/. */
export function bundledVocabulary(): Vocabulary {
  return new Vocabulary(new MediaTopics((vocabularyJson as { topics: RawMediaTopic[] }).topics));
}
