import { startFirstScreenRead } from './features/reader/firstScreenRead';

// Imported first by main.tsx, so this runs before React, Dexie and the rest
// of the bundle are evaluated: the archive opens and the first screen is
// read meanwhile (see firstScreenRead).
startFirstScreenRead();
