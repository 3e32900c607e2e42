import type { ReactNode, RefObject } from 'react';
import type { useImport } from './useImport';

/** The hidden file and folder pickers the Import buttons (and Ctrl/Cmd+O) open. */
export function ImportInputs({ importer, fileInputRef, folderInputRef }: { importer: ReturnType<typeof useImport>; fileInputRef: RefObject<HTMLInputElement | null>; folderInputRef: RefObject<HTMLInputElement | null> }): ReactNode {
  return (
    <>
      <input
        ref={fileInputRef}
        type="file"
        multiple
        accept=".txt,.text,.html,.htm,.json,.xml,.rss,.atom,text/plain,text/html,application/json"
        hidden
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) void importer.importFiles(files);
        }}
      />
      <input
        ref={folderInputRef}
        type="file"
        multiple
        // A folder picker: the browser hands over every file in the folder and its subfolders.
        {...{ webkitdirectory: '' }}
        hidden
        data-testid="import-folder-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) void importer.importFiles(files, { fromFolder: true });
        }}
      />
    </>
  );
}
