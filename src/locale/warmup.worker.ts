import { warmLocaleData } from './warmup';

// Typed for the page, where `self` is a Window; here it is the worker's scope, and its
// message tells the page the data is loaded (locale/ready.ts).
warmLocaleData();
self.postMessage('warm');
self.close();
