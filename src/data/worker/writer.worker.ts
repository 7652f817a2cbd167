import type { Endpoint } from 'comlink';
import { serveWriter } from './serve';

// The writer's worker: the page starts it (src/startup/writer-loader.ts) and talks to it through client.ts.
// The app is typed for the page (DOM), where `self` is a Window; here it is the worker's scope.
serveWriter(self as unknown as Endpoint);
