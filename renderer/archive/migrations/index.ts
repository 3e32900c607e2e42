import { initialSchema } from './0001-initial';
import type { Migration } from './migration';

/** Every schema version, oldest first. Append; never edit a released one. */
export const migrations: readonly Migration[] = [initialSchema];
