import { createContext, useContext, type ReactNode } from 'react';
import type { ArchiveDb } from './db';

const ArchiveContext = createContext<ArchiveDb | null>(null);

export function ArchiveProvider({ db, children }: { db: ArchiveDb; children: ReactNode }): ReactNode {
  return <ArchiveContext.Provider value={db}>{children}</ArchiveContext.Provider>;
}

export function useArchive(): ArchiveDb {
  const db = useContext(ArchiveContext);
  if (!db) throw new Error('useArchive must be used inside <ArchiveProvider>.');
  return db;
}
