import type { Migration } from './migration';

/** Downloaded pictures, kept as Blobs of their original bytes and addressed by SHA-256, so a picture in two articles is stored once. */
export const pictures: Migration = {
  version: 4,
  stores: {
    pictures: 'sha256',
  },
};
