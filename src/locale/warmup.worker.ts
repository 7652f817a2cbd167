import { warmLocaleData } from './warmup';

// Started by the page as it loads (src/startup/locale-warmup.ts), done in one go; typed for the page,
// where `self` is a Window, but here it is the worker's scope: its postMessage tells the
// page the data is loaded, and its close() ends it.
warmLocaleData();
self.postMessage('warm');
self.close();
