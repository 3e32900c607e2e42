/** `relative` made absolute against `base`; absolute URLs are returned as written. Null when it cannot be resolved. */
export function resolveUrl(relative: string, base: string | null): string | null {
  const value = relative.trim();
  if (value === '') return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  if (base === null) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

/**
 * A link from the feed as an absolute http(s) URL, or null: a link that
 * cannot be resolved cannot be opened, and other schemes (javascript:,
 * file:, data:) are never something a reader should follow.
 */
export function feedLink(value: string | null, base: string | null): string | null {
  if (value === null) return null;
  const absolute = resolveUrl(value, base !== null && /^https?:/i.test(base) ? base : null);
  return absolute !== null && /^https?:\/\//i.test(absolute) ? absolute : null;
}

// Parameters that say where a click came from, not what it points to.
const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/**
 * One spelling of a link, so the same story reached through two feeds (or
 * with another campaign tag) gets the same id: no fragment, no tracking
 * parameters, host in lower case.
 */
export function canonicalLink(link: string): string {
  try {
    const url = new URL(link.trim());
    url.hash = '';
    for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
    return url.href;
  } catch {
    return link.trim();
  }
}
