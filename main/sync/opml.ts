import { SaxesParser } from 'saxes';
import type { Subscription } from '../../shared/model';

export interface OpmlFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
  /** Folder path, "News / World" for nested folders; null at the top level. */
  folder: string | null;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Reads an OPML subscription list. Outlines with an xmlUrl are feeds; an
 * outline without one that holds others is a folder. Throws with a message
 * naming the problem when the file is not OPML.
 */
export function readOpml(xml: string): OpmlFeed[] {
  const feeds: OpmlFeed[] = [];
  const folders: Array<string | null> = [];
  // An object, not a let: TypeScript cannot see the parser's callback setting it.
  const seen = { opml: false };
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    const name = node.name.toLowerCase();
    if (name === 'opml') seen.opml = true;
    if (name !== 'outline') return;
    const attr = (key: string): string | null => {
      const found = Object.entries(node.attributes).find(([k]) => k.toLowerCase() === key.toLowerCase());
      const value = typeof found?.[1] === 'string' ? found[1].trim() : '';
      return value === '' ? null : value;
    };
    const url = attr('xmlUrl');
    const label = attr('title') ?? attr('text');
    const path = folders.filter((f): f is string => f !== null);
    if (url) feeds.push({ url, title: label, siteUrl: attr('htmlUrl'), folder: path.length > 0 ? path.join(' / ') : null });
    // Self-closing outlines never get a close tag pushed; saxes still sends one, so push for every open.
    folders.push(url ? null : label);
  });
  parser.on('closetag', (node) => {
    if (node.name.toLowerCase() === 'outline') folders.pop();
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new Error(`The file is not a readable OPML subscription list (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  }
  if (!seen.opml) throw new Error('The file is not an OPML subscription list (it has no <opml> element). Export your subscriptions as OPML from your other reader and import that.');
  return feeds;
}

/** The subscription list as OPML 2.0, folders as outlines holding their feeds. */
export function writeOpml(all: Subscription[], now: Date = new Date()): string {
  // A watched folder is a path on this computer, not a feed another reader could follow.
  const sources = all.filter((s) => s.kind === 'feed');
  const outline = (s: Subscription, indent: string): string =>
    `${indent}<outline type="rss" text="${escapeXml(s.title)}" title="${escapeXml(s.title)}" xmlUrl="${escapeXml(s.url)}"${s.siteUrl ? ` htmlUrl="${escapeXml(s.siteUrl)}"` : ''}/>`;
  const top = sources.filter((s) => !s.folder).map((s) => outline(s, '    '));
  const folders = [...new Set(sources.map((s) => s.folder).filter((f): f is string => !!f))].sort();
  const grouped = folders.map((folder) =>
    [`    <outline text="${escapeXml(folder)}" title="${escapeXml(folder)}">`, ...sources.filter((s) => s.folder === folder).map((s) => outline(s, '      ')), '    </outline>'].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    '    <title>Newsroom Reader subscriptions</title>',
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...grouped,
    ...top,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
