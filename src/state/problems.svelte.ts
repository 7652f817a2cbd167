import type { describeProblem, Problem } from '../model/errors';

// A failure's words are rarely needed, so they stay out of the first view and load on the
// first failure; the views' deriveds run again once they have.
let describer = $state<typeof describeProblem | undefined>();
let loading: Promise<void> | undefined;

/** A failure in the reader's words: undefined when there is none, or for the moment they load. */
export function describe(error: unknown, what: string): Problem | undefined {
  if (error === undefined) return undefined;
  if (describer) return describer(error, what);
  loading ??= import('../model/errors').then(
    (errors) => void (describer = errors.describeProblem),
    () => void (describer = unexplained),
  );
  return undefined;
}

/** Where even the words cannot load (offline, before the service worker keeps them). */
function unexplained(_error: unknown, what: string): Problem {
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  return {
    title: offline ? 'You are offline' : 'Something went wrong',
    detail: `Paperboy could not show ${what}. Check the connection and try again.`,
    retryable: true,
    notFound: false,
    offline,
  };
}
