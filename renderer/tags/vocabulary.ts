import raw from '../../assets/iptc-media-topics.json';
import { MediaTopics, type RawMediaTopic } from '../../shared/tags/mediaTopics';
import { TagCompleter } from '../../shared/tags/tagCompleter';
import { TopicSuggester } from '../../shared/tags/topicSuggester';

/**
 * The IPTC Media Topics vocabulary, bundled with the renderer (so it is
 * there offline, with no request), and what is built from it, each made
 * once on first use: building the suggester's term weights takes ~50 ms.
 */
let topics: MediaTopics | null = null;
let suggester: TopicSuggester | null = null;
let completer: TagCompleter | null = null;

export function mediaTopics(): MediaTopics {
  topics ??= new MediaTopics((raw as { topics: RawMediaTopic[] }).topics);
  return topics;
}

export function topicSuggester(): TopicSuggester {
  suggester ??= new TopicSuggester(mediaTopics());
  return suggester;
}

export function tagCompleter(): TagCompleter {
  completer ??= new TagCompleter(mediaTopics());
  return completer;
}
