import type { ReactNode } from 'react';
import type { Source } from '../../shared/model';
import { Shortcut } from './Shortcut';

export interface SidebarProps {
  total: number;
  sources: Array<Source & { count: number }>;
  activeSourceId: string | null;
  onShowAll: () => void;
  onShowSource: (id: string) => void;
  onImport: () => void;
  importing: boolean;
  onAbout: () => void;
}

/** Where the archive's articles came from, and the way to add more. */
export function Sidebar({ total, sources, activeSourceId, onShowAll, onShowSource, onImport, importing, onAbout }: SidebarProps): ReactNode {
  return (
    <nav className="sidebar" aria-label="Library">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">N</span>
        <span>Newsroom Reader</span>
      </div>
      <button type="button" className="button primary import-button" onClick={onImport} disabled={importing}>
        {importing ? 'Importing…' : 'Import…'} <Shortcut keys={['Mod', 'O']} />
      </button>
      <h2 className="sidebar-heading">Library</h2>
      <ul className="sidebar-list">
        <li>
          <button type="button" className={`sidebar-item ${activeSourceId === null ? 'is-active' : ''}`} onClick={onShowAll}>
            <span>All articles</span>
            <span className="count">{total}</span>
          </button>
        </li>
      </ul>
      {sources.length > 0 && (
        <>
          <h2 className="sidebar-heading">Sources</h2>
          <ul className="sidebar-list">
            {sources.map((source) => (
              <li key={source.id}>
                <button
                  type="button"
                  className={`sidebar-item ${activeSourceId === source.id ? 'is-active' : ''}`}
                  onClick={() => onShowSource(source.id)}
                  title={source.name}
                >
                  <span className="truncate">{source.name}</span>
                  <span className="count">{source.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="sidebar-footer">
        <button type="button" className="link-button" onClick={onAbout}>
          About Newsroom Reader
        </button>
      </div>
    </nav>
  );
}
