/** Something articles come from: an imported file today, a subscribed feed later. */
export interface Source {
  id: string;
  kind: 'file' | 'feed' | 'page' | 'ninjs';
  name: string;
  url: string | null;
  addedAt: string;
}
