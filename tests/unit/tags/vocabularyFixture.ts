import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MediaTopics, type RawMediaTopic } from '../../../shared/tags/mediaTopics';

/** The shipped IPTC Media Topics file, read as the renderer bundles it. */
export const RAW_TOPICS = (JSON.parse(readFileSync(join(__dirname, '../../../assets/iptc-media-topics.json'), 'utf8')) as { topics: RawMediaTopic[] }).topics;

let shared: MediaTopics | null = null;
export const vocabulary = (): MediaTopics => (shared ??= new MediaTopics(RAW_TOPICS));
