import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ArchiveProvider } from './archive/ArchiveContext';
import { ArchiveDb } from './archive/db';
import { ReaderScreen } from './features/reader/ReaderScreen';
import { TagHistoryProvider } from './features/tags/TagHistoryContext';
import { connectHost } from './host/connectHost';
import { HostProvider } from './host/HostContext';
import { SearchClient } from './search/SearchClient';
import { SearchProvider } from './search/SearchContext';
import './styles/app.css';
import './styles/tags.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <HostProvider connection={connectHost()}>
      <ArchiveProvider db={new ArchiveDb()}>
        <SearchProvider client={SearchClient.start()}>
          <TagHistoryProvider>
            <ReaderScreen />
          </TagHistoryProvider>
        </SearchProvider>
      </ArchiveProvider>
    </HostProvider>
  </StrictMode>,
);
