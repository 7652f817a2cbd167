import { formatDate, formatUpdated } from './format';

/** A process's first Intl formatter loads the locale data, once: a worker pays it for the page. */
export function warmLocaleData(): void {
  formatDate(new Date(0).toISOString());
  formatUpdated(0, 2 * 86_400_000);
}
