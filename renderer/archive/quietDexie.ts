import Dexie from 'dexie';

/**
 * Dexie turns its debug mode on by itself for pages served from localhost or
 * 127.0.0.1, which is where `npm run web` serves the reader (the desktop
 * app's app:// never had it). In that mode every table call and promise
 * records an async stack for DevTools (console.createTask): at launch V8
 * spent 55 ms collecting source positions for them, inside the first
 * screen's time. Imported for this one effect by every module that opens a
 * Dexie database, before it does.
 */
Dexie.debug = false;
