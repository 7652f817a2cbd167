import type { Endpoint } from 'comlink';
import { serveWriter } from './serve';

// Typed for the page (DOM), where `self` is a Window; here it is the worker's scope.
serveWriter(self as unknown as Endpoint);
