/** The kinds of file Newsroom Reader imports, by extension: pasted text, saved pages, IPTC ninjs, feeds. */
export const IMPORTABLE_EXTENSIONS = ['txt', 'text', 'html', 'htm', 'json', 'xml', 'rss', 'atom'] as const;

/** True for a file a folder import takes: an importable extension, and not hidden. */
export function isImportableName(name: string): boolean {
  const base = name.split(/[\\/]/).at(-1) ?? name;
  if (base.startsWith('.')) return false;
  const extension = /\.([A-Za-z0-9]+)$/.exec(base)?.[1]?.toLowerCase();
  return extension !== undefined && (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extension);
}
