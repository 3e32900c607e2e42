import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useCommands } from '../../commands/CommandContext';
import { useSearchClient } from '../../search/SearchContext';
import { CommandPalette } from '../../ui/CommandPalette';
import { formatShortDate } from '../../ui/formatDate';
import { useTagCatalogue } from '../tags/useTagCatalogue';
import { headlineQuery, matchEntries, paletteEntries, type PaletteChoice, type PaletteEntry } from './paletteItems';

/** Headlines offered at most. */
const ARTICLE_MATCHES = 8;

export interface PaletteDialogProps {
  sources: ReadonlyArray<{ id: string; name: string; count: number }>;
  savedSearches: ReadonlyArray<{ name: string; query: string }>;
  /** Called after the palette has closed, with what was picked (null: closed without a pick). */
  onDone: (choice: PaletteChoice | null) => void;
}

/** The command palette wired to the registry, the archive's tags and the search index (for headlines). */
export function PaletteDialog({ sources, savedSearches, onDone }: PaletteDialogProps): ReactNode {
  const { keymap, enabled } = useCommands();
  const { tags } = useTagCatalogue({ live: false });
  const client = useSearchClient();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [articles, setArticles] = useState<{ for: string; entries: PaletteEntry[] }>({ for: '', entries: [] });
  const entries = useMemo(() => paletteEntries({ keymap, enabled, sources, tags: tags ?? [], savedSearches }), [keymap, enabled, sources, tags, savedSearches]);
  const matched = useMemo(() => matchEntries(query, entries), [query, entries]);
  useEffect(() => {
    const search = headlineQuery(query);
    if (search === null) return;
    let current = true;
    client.search({ query: search, typing: true, sort: 'relevance', limit: ARTICLE_MATCHES }).then(
      (response) => {
        if (!current) return;
        setArticles({
          for: query,
          entries: response.hits.map((hit) => ({ key: `article:${hit.id}`, kind: 'article', title: hit.headline, detail: `${hit.source} · ${formatShortDate(new Date(hit.date).toISOString())}`, aliases: '', enabled: true, choice: { kind: 'article', id: hit.id } })),
        });
      },
      // No headlines while the index is unavailable; the rest of the palette still works.
      () => undefined,
    );
    return () => void (current = false);
  }, [client, query]);
  // Headlines found for an earlier text are not shown against the new one.
  const items = [...matched, ...(articles.for === query ? articles.entries : [])];
  // Read when the dialog's close event comes, a task after the pick.
  const picked = useRef<PaletteChoice | null>(null);
  const onQuery = (next: string): void => {
    setQuery(next);
    setActive(0);
  };
  return (
    <CommandPalette
      query={query}
      onQuery={onQuery}
      items={items}
      active={Math.min(active, Math.max(0, items.length - 1))}
      onActive={setActive}
      onPick={(item) => {
        const entry = items.find((i) => i.key === item.key);
        picked.current = entry?.choice ?? null;
        document.querySelector<HTMLDialogElement>('dialog.palette')?.close();
      }}
      onClose={() => onDone(picked.current)}
    />
  );
}
