import { afterFirstView } from '../startup/first-view';
import { manifestFileName } from './manifest-file';

export const manifestUrl = (base: string = import.meta.env.BASE_URL): string =>
  `${base}${manifestFileName}`;

export function linkManifest(doc: Document = document, href: string = manifestUrl()): void {
  if (doc.head.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = href;
  doc.head.append(link);
}

/** After the first view: the install checks the link sets going compete with it for the CPU. */
export function linkManifestAfter(firstView: Promise<void>): void {
  if (import.meta.env.DEV) return;
  void afterFirstView(firstView).then(() => linkManifest());
}
