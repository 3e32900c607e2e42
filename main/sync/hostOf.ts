/** The host part of a source's address ("news.example:8080"), or the address itself when it can't be parsed. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
