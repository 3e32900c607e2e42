/**
 * The IPTC Media Topics vocabulary as a tree: each topic's qcode, label,
 * definition and place in the hierarchy (up to 4 levels). Built once from
 * the JSON shipped in assets/ (CC BY 4.0, IPTC); shared so the renderer,
 * the benchmark and the tests read it the same way.
 */

/** One topic as the shipped JSON lists it. */
export interface RawMediaTopic {
  qcode: string;
  label: string;
  definition: string;
  parent: string | null;
  level: number;
  /** When IPTC retired the topic (ISO 8601), or null while it is current. */
  retired: string | null;
}

export interface MediaTopic {
  code: string;
  label: string;
  definition: string;
  parent: string | null;
  level: number;
  /** Retired topics stay readable on articles that carry them, but are never offered. */
  retired: boolean;
}

/** The separator between hierarchy levels, as the UI shows a path. */
export const PATH_SEPARATOR = ' › ';

export class MediaTopics {
  readonly byCode = new Map<string, MediaTopic>();
  private readonly childrenOf = new Map<string | null, MediaTopic[]>();

  constructor(raw: readonly RawMediaTopic[]) {
    for (const topic of raw) {
      const entry: MediaTopic = { code: topic.qcode, label: topic.label, definition: topic.definition, parent: topic.parent, level: topic.level, retired: topic.retired !== null };
      this.byCode.set(entry.code, entry);
    }
    for (const topic of this.byCode.values()) {
      // A parent missing from the file would orphan its subtree; file it at the top instead.
      const parent = topic.parent !== null && this.byCode.has(topic.parent) ? topic.parent : null;
      const siblings = this.childrenOf.get(parent) ?? [];
      siblings.push(topic);
      this.childrenOf.set(parent, siblings);
    }
    for (const siblings of this.childrenOf.values()) siblings.sort((a, b) => a.label.localeCompare(b.label));
  }

  get size(): number {
    return this.byCode.size;
  }

  get(code: string): MediaTopic | undefined {
    return this.byCode.get(code);
  }

  /** The top-level topics, or a topic's children, by label. */
  children(code: string | null): readonly MediaTopic[] {
    return this.childrenOf.get(code) ?? [];
  }

  /** The topic and its ancestors, root first. */
  lineage(code: string): MediaTopic[] {
    const out: MediaTopic[] = [];
    const seen = new Set<string>();
    for (let topic = this.byCode.get(code); topic && !seen.has(topic.code); topic = topic.parent ? this.byCode.get(topic.parent) : undefined) {
      seen.add(topic.code);
      out.unshift(topic);
    }
    return out;
  }

  /** "conflict, war and peace › war": where a topic sits, as archivists read it. */
  path(code: string): string {
    return this.lineage(code)
      .map((topic) => topic.label)
      .join(PATH_SEPARATOR);
  }

  /** Topics that may be offered: every one not retired. */
  active(): MediaTopic[] {
    return [...this.byCode.values()].filter((topic) => !topic.retired);
  }

  /** True when `ancestor` is `code` or one of its ancestors. */
  isWithin(code: string, ancestor: string): boolean {
    return this.lineage(code).some((topic) => topic.code === ancestor);
  }
}

/** The qcode of a topic from either form sources use: `medtop:04000000` or its cv.iptc.org URI. */
export function mediaTopicCode(value: string): string | null {
  const match = /(?:^medtop:|\/newscodes\/mediatopic\/)(\d{8})\b/.exec(value.trim());
  return match?.[1] ? `medtop:${match[1]}` : null;
}
