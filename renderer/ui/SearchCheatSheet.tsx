import type { ReactNode } from 'react';

/** The query language, as the search box's cheat sheet and the `?` sheet show it. */
export const SEARCH_SYNTAX: ReadonlyArray<{ example: string; meaning: string }> = [
  { example: 'ceasefire talks', meaning: 'both words (talks also finds talk)' },
  { example: '"prisoner swap"', meaning: 'the exact phrase' },
  { example: 'oil OR gas', meaning: 'either word' },
  { example: 'russia -ukraine', meaning: 'leave out articles with a word' },
  { example: 'negotiat*', meaning: 'words starting with…; the word you are typing always does' },
  { example: '(oil OR gas) -iran', meaning: 'group with parentheses' },
  { example: 'person:blinken  place:moscow  org:nato', meaning: 'people, places and organisations tagged' },
  { example: 'tag:sanctions  topic:politics  topic:medtop:11000000', meaning: 'any tag; an IPTC Media Topic by label or code' },
  { example: 'author:"jane doe"  by:doe', meaning: 'the byline' },
  { example: 'title:swap  section:world  source:reuters  credit:ap', meaning: 'the headline, section, source or picture credit' },
  { example: 'after:2023-05  before:2024  on:2023-05-29  after:7d', meaning: 'dates: a year, a month, a day, or 7d / 2w / 3m / 1y ago' },
  { example: 'is:unread  is:starred  is:updated  has:image', meaning: 'what you have read, starred, what changed, with pictures' },
];

export function SearchCheatSheet({ id, onRebuild }: { id?: string; onRebuild?: () => void }): ReactNode {
  return (
    <div className="search-cheatsheet" id={id} role="note" aria-label="Search syntax">
      <dl>
        {SEARCH_SYNTAX.map(({ example, meaning }) => (
          <div key={example}>
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">
        <kbd>/</kbd> search from anywhere · <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> back · in an article <kbd>]</kbd> / <kbd>[</kbd> jump between hits
      </p>
      {onRebuild && (
        <p className="hint">
          Results look wrong or incomplete?{' '}
          <button type="button" className="link-button" onClick={onRebuild}>
            Rebuild the search index
          </button>{' '}
          from the archive (your articles are not touched).
        </p>
      )}
    </div>
  );
}
