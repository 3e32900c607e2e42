import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Subscription } from '../../../shared/model';
import { useAppInfo, useHost } from '../../host/HostContext';
import { AddSourceForm } from '../../ui/AddSourceForm';
import { EditSourceForm } from '../../ui/EditSourceForm';
import { SourceRow } from '../../ui/SourceRow';
import { useNow } from '../../ui/useNow';
import { useSubscriptions } from '../sync/useSubscriptions';
import { useSourceKeys } from './useSourceKeys';

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Subscriptions: add, edit, pause and resume, remove, sync; OPML in and out; each source's health. */
export function SourcesScreen(): ReactNode {
  const host = useHost();
  const info = useAppInfo();
  const sources = useSubscriptions();
  const [chosen, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const opmlInput = useRef<HTMLInputElement>(null);
  // Health times read "in 25 minutes"; they are counted again every half minute.
  const now = useNow(30_000);

  const act = useCallback(async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) setNotice({ kind: 'info', text: done });
    } catch (error) {
      setNotice({ kind: 'error', text: message(error) });
    }
  }, []);

  const folders = useMemo(() => [...new Set((sources ?? []).map((s) => s.folder).filter((f): f is string => !!f))].sort(), [sources]);
  const groups = useMemo(() => {
    const list = sources ?? [];
    return [...folders.map((f): { folder: string | null; items: Subscription[] } => ({ folder: f, items: list.filter((s) => s.folder === f) })), { folder: null, items: list.filter((s) => !s.folder) }].filter((g) => g.items.length > 0);
  }, [sources, folders]);
  const ordered = useMemo(() => groups.flatMap((g) => g.items), [groups]);

  // Until the person picks one, the first source is selected.
  const selected = chosen ?? ordered[0]?.id ?? null;

  const togglePause = useCallback(
    (id: string) => {
      const source = ordered.find((s) => s.id === id);
      if (source) void act(() => host.api.setSourcePaused({ id, paused: !source.paused }), source.paused ? `Resumed “${source.title}”.` : `Paused “${source.title}”.`);
    },
    [act, host, ordered],
  );
  useSourceKeys({
    ids: ordered.map((s) => s.id),
    selected,
    select: setSelected,
    togglePause,
    syncOne: (id) => void act(() => host.api.syncNow({ id })),
    enabled: editing === null,
  });

  const exportOpml = async (): Promise<void> => {
    const { opml } = await host.api.exportOpml({});
    const url = URL.createObjectURL(new Blob([opml], { type: 'text/x-opml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'newsroom-reader-subscriptions.opml';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <section className="sources-screen" aria-labelledby="sources-title">
      <header className="sources-header">
        <h1 id="sources-title">Sources</h1>
        <div className="sources-tools">
          <button type="button" className="button" onClick={() => void act(() => host.api.syncNow({}), 'Syncing every source.')}>
            Sync all <kbd>r</kbd>
          </button>
          <button type="button" className="button" onClick={() => opmlInput.current?.click()}>
            Import OPML…
          </button>
          <button type="button" className="button" onClick={() => void act(exportOpml)} disabled={!sources || sources.length === 0}>
            Export OPML
          </button>
          <input
            ref={opmlInput}
            type="file"
            accept=".opml,.xml,text/x-opml,text/xml"
            hidden
            data-testid="opml-input"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file)
                void act(async () => {
                  const { added, skipped } = await host.api.importOpml({ xml: await file.text() });
                  setNotice({ kind: 'info', text: `Added ${added} ${added === 1 ? 'source' : 'sources'} from ${file.name}${skipped ? `; ${skipped} you already had` : ''}.` });
                });
            }}
          />
        </div>
      </header>
      <AddSourceForm
        folders={folders}
        busy={busy}
        onAdd={(url, folder) => {
          setBusy(true);
          void act(async () => {
            const added = await host.api.addSource({ url, folder });
            setSelected(added.id);
            setNotice({ kind: 'info', text: `Subscribed to “${added.title}”.` });
          }).finally(() => setBusy(false));
        }}
        canPickFolder={info?.nativeFileDialog ?? false}
        onWatch={(path, folder) => {
          setBusy(true);
          void act(async () => {
            const { source } = await host.api.watchFolder({ ...(path === null ? {} : { path }), folder });
            if (!source) return;
            setSelected(source.id);
            setNotice({ kind: 'info', text: `Watching “${source.title}”. Its article files are being imported; files added or changed there later arrive on their own.` });
          }).finally(() => setBusy(false));
        }}
      />
      {notice && (
        <p className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
          <button type="button" className="link-button" onClick={() => setNotice(null)} aria-label="Dismiss message">
            ✕
          </button>
        </p>
      )}
      {sources?.length === 0 && <p className="sources-empty">No subscriptions yet. Paste a feed’s address, or a news site’s, above — or import an OPML file from another reader.</p>}
      {groups.map((group) => (
        <div key={group.folder ?? ''} className="source-group">
          <h2 className="source-folder">{group.folder ?? (folders.length > 0 ? 'No folder' : 'All sources')}</h2>
          <ul className="source-list" aria-label={group.folder ?? 'Sources'} tabIndex={0}>
            {group.items.map((source) =>
              editing === source.id ? (
                <li key={source.id} className="source-row is-editing">
                  <EditSourceForm
                    source={source}
                    onCancel={() => setEditing(null)}
                    onSave={(changes) => {
                      setEditing(null);
                      void act(() => host.api.updateSource({ id: source.id, ...changes }), `Saved “${changes.title}”.`);
                    }}
                  />
                </li>
              ) : (
                <SourceRow
                  now={now}
                  key={source.id}
                  source={source}
                  selected={selected === source.id}
                  onSelect={() => setSelected(source.id)}
                  onSync={() => void act(() => host.api.syncNow({ id: source.id }))}
                  onTogglePause={() => togglePause(source.id)}
                  onEdit={() => setEditing(source.id)}
                  onRemove={() => {
                    if (confirmRemove !== source.id) {
                      setConfirmRemove(source.id);
                      setNotice({ kind: 'info', text: `Press Remove again to ${source.kind === 'folder' ? 'stop watching' : 'unsubscribe from'} “${source.title}”. Its archived articles stay.` });
                      return;
                    }
                    setConfirmRemove(null);
                    void act(() => host.api.removeSource({ id: source.id }), source.kind === 'folder' ? `Stopped watching “${source.title}”. Its articles stay in the archive.` : `Unsubscribed from “${source.title}”. Its articles stay in the archive.`);
                  }}
                />
              ),
            )}
          </ul>
        </div>
      ))}
    </section>
  );
}
