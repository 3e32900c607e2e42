import type { ReactNode } from 'react';

export interface ImportReportData {
  /** Files whose articles were archived. */
  imported: Array<{ fileName: string; count: number }>;
  /** Files that could not be read, each with a message for the person. */
  failed: Array<{ fileName: string; error: string }>;
  /** What was wrong in files that were imported anyway, as far as they could be read. */
  warnings: string[];
  /** Ids added by this import, for undo. */
  addedIds: string[];
}

export interface ImportReportProps {
  report: ImportReportData;
  onUndo: () => void;
  onDismiss: () => void;
}

/** What an import did: how many articles, from which files, what failed and why, and undo. */
export function ImportReport({ report, onUndo, onDismiss }: ImportReportProps): ReactNode {
  const total = report.imported.reduce((sum, file) => sum + file.count, 0);
  return (
    <div className={`toast ${report.failed.length > 0 ? 'has-errors' : ''}`} role="alert">
      <div className="toast-body">
        {total > 0 && (
          <p className="toast-title">
            Imported {total} {total === 1 ? 'article' : 'articles'}
            {report.imported.length === 1 ? ` from ${report.imported[0]?.fileName ?? ''}` : ` from ${report.imported.length} files`}
          </p>
        )}
        {report.warnings.length > 0 && (
          <>
            <p className="toast-title warning-title">{report.warnings.length === 1 ? 'Imported, with a problem' : `Imported, with ${report.warnings.length} problems`}</p>
            <ul className="toast-errors toast-warnings">
              {report.warnings.slice(0, 5).map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
              {report.warnings.length > 5 && <li>…and {report.warnings.length - 5} more.</li>}
            </ul>
          </>
        )}
        {report.failed.length > 0 && (
          <>
            <p className="toast-title error-title">
              {report.failed.length === 1 ? 'One file could not be imported' : `${report.failed.length} files could not be imported`}
            </p>
            <ul className="toast-errors">
              {report.failed.map((file) => (
                <li key={file.fileName}>{file.error}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="toast-actions">
        {report.addedIds.length > 0 && (
          <button type="button" className="button" onClick={onUndo}>
            Undo
          </button>
        )}
        <button type="button" className="button ghost" onClick={onDismiss} aria-label="Dismiss">
          ✕
        </button>
      </div>
    </div>
  );
}
