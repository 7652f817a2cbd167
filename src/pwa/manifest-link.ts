import { afterFirstView } from '../startup/first-view';
import { manifestFileName } from './manifest-file';

/** The web app manifest under the app's base. */
export const manifestUrl = (base: string = import.meta.env.BASE_URL): string =>
  `${base}${manifestFileName}`;

/** Links the web app manifest in `doc`'s head, once. */
export function linkManifest(doc: Document = document, href: string = manifestUrl()): void {
  if (doc.head.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = href;
  doc.head.append(link);
}

/**
 * Links the manifest (production builds only) once the first view is drawn (10 s at most):
 * the built page leaves it out (vite/manifestLink.ts) because the browser's install checks,
 * set going by the link, competed with the first view for the CPU. Installing is offered
 * later anyway: the browser's offer waits for the service worker, which registers after
 * the first view.
 */
export function linkManifestAfter(firstView: Promise<void>): void {
  if (import.meta.env.DEV) return;
  void afterFirstView(firstView).then(() => linkManifest());
}
