// First, before anything else is evaluated: the first screen's read (see firstScreenBoot).
import './firstScreenBoot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ArchiveProvider } from './archive/ArchiveContext';
import { ArchiveDb } from './archive/db';
import { CommandProvider } from './commands/CommandContext';
import { ReaderScreen } from './features/reader/ReaderScreen';
import { ReadingSettingsRoot } from './settings/ReadingSettingsRoot';
import { TagHistoryProvider } from './features/tags/TagHistoryContext';
import { connectHost } from './host/connectHost';
import { HostProvider } from './host/HostContext';
import { SearchClient } from './search/SearchClient';
import { SearchProvider } from './search/SearchContext';
import './styles/app.css';
import './styles/tags.css';
import './styles/layout.css';
import './styles/palette.css';
import './styles/settings.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const db = new ArchiveDb();

createRoot(root).render(
  <StrictMode>
    <HostProvider connection={connectHost()}>
      <ArchiveProvider db={db}>
        <SearchProvider client={SearchClient.start()}>
          <TagHistoryProvider>
            <CommandProvider>
              <ReadingSettingsRoot />
              <ReaderScreen />
            </CommandProvider>
          </TagHistoryProvider>
        </SearchProvider>
      </ArchiveProvider>
    </HostProvider>
  </StrictMode>,
);
