/**
 * Reads a ninjs object whatever its generation: ninjs 1 and 2 write
 * `versioncreated`, `pubstatus`, `body_text`; ninjs 3 writes `versionCreated`,
 * `pubStatus`. Names are looked up without regard to case.
 */
export interface NinjsFields {
  get(name: string): unknown;
  /** A non-empty string, else null. */
  text(name: string): string | null;
  /** An array, else empty. */
  list(name: string): unknown[];
  /** A plain object, else null. */
  record(name: string): Record<string, unknown> | null;
}

export function ninjsFields(value: unknown): NinjsFields {
  const byName = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, field] of Object.entries(value)) byName.set(key.toLowerCase(), field);
  }
  const get = (name: string): unknown => byName.get(name.toLowerCase());
  return {
    get,
    text: (name) => {
      const field = get(name);
      return typeof field === 'string' && field.trim() !== '' ? field : typeof field === 'number' ? String(field) : null;
    },
    list: (name) => {
      const field = get(name);
      return Array.isArray(field) ? (field as unknown[]) : [];
    },
    record: (name) => {
      const field = get(name);
      return typeof field === 'object' && field !== null && !Array.isArray(field) ? (field as Record<string, unknown>) : null;
    },
  };
}
