import { isContentError } from '../sources/errors';

/** What the reader is told about a failure, in plain words, and whether retrying can help. */
export interface Problem {
  title: string;
  detail: string;
  /** A retry could succeed (network, timeout, temporary server trouble). */
  retryable: boolean;
  /** The document does not exist: show "not found", not an error. */
  notFound: boolean;
  /** The device is offline: only what is stored can be shown. */
  offline: boolean;
}

/** `what` names the document for the reader: "this article", "the World News section". */
export function describeProblem(error: unknown, what: string): Problem {
  const offline = isContentError(error) && error.fault.kind === 'offline';
  const problem = (title: string, detail: string, retryable = true, notFound = false) => ({
    title,
    detail,
    retryable,
    notFound,
    offline,
  });
  if (!isContentError(error)) {
    return problem('Something went wrong', `Paperboy could not show ${what}. Please try again.`);
  }
  const fault = error.fault;
  switch (fault.kind) {
    case 'offline':
      return problem(
        'You are offline',
        `${capitalize(what)} is not stored on this device yet. Connect to the internet and try again.`,
      );
    case 'network':
      return problem(
        'Could not reach the blog',
        `The connection failed before ${what} arrived. Check your connection and try again.`,
      );
    case 'timeout':
      return problem(
        'The blog is taking too long to answer',
        `No answer came within ${fault.seconds} seconds. Try again in a moment.`,
      );
    case 'http':
      if (fault.code === 'rest_no_route' || fault.code === 'rest_disabled') {
        return problem(
          'The blog’s reading interface is switched off',
          `It is a WordPress site whose REST API is turned off or hidden, so Paperboy cannot read ${what}. Its owner can turn it back on; or give Paperboy the blog’s feed address instead (often its address followed by /feed/).`,
          false,
        );
      }
      if (fault.status === 401 || fault.status === 403) return needsLogin(problem, what);
      if (fault.status === 404 || fault.status === 410) {
        return problem('Not found', `${capitalize(what)} is not on the blog.`, false, true);
      }
      if (fault.status === 429 || fault.status >= 500) {
        return problem(
          'The blog is having trouble',
          `Its server answered with an error (${fault.status}). This is usually temporary: try again in a minute.`,
        );
      }
      return problem(
        'The blog refused the request',
        `Its server answered ${fault.status} when asked for ${what}.`,
      );
    case 'redirect':
      return problem(
        'The blog’s server is misdirecting',
        `It keeps sending the request for ${what} elsewhere without ever answering. This needs fixing on the blog’s side; try again later.`,
      );
    case 'cors':
      return problem(
        'The blog does not let reading apps in',
        `Its server answered, but it does not allow apps on other sites to read ${what} (it sends no CORS headers). The blog’s owner can allow it; until then, read the blog on its own site.`,
        false,
      );
    case 'login':
      return needsLogin(problem, what);
    case 'not-a-blog':
      return fault.reason === 'not-an-address'
        ? problem(
            'That is not a web address',
            'Give the blog’s address as it shows in the browser, starting with https://.',
            false,
          )
        : problem(
            'No blog Paperboy can read is there',
            'The address answers, but not as a WordPress site, an RSS, Atom or JSON feed, or a Paperboy content document. Check the address, or give the blog’s home page or its feed.',
            false,
          );
    case 'content-type':
      return problem(
        'The blog sent something else',
        `${capitalize(what)} came back as ${fault.received === 'text/html' ? 'a web page' : `“${fault.received}”`}, not as JSON data. The address may be wrong or the blog misconfigured.`,
      );
    case 'truncated':
      return problem(
        'The download was cut short',
        `The connection broke before all of ${what} arrived. Try again.`,
      );
    case 'not-json':
      return problem(
        'The blog sent something unreadable',
        `${capitalize(what)} did not arrive as JSON. The blog may be misconfigured.`,
      );
    case 'too-large':
      return problem(
        `${capitalize(what)} is too large`,
        `It is over ${Math.round(fault.limitBytes / 1024 / 1024)} MB, the most Paperboy opens.`,
        false,
      );
    case 'invalid':
      return problem(
        `${capitalize(what)} could not be read`,
        `${fault.path ? `Its field “${fault.path}” ${fault.problem}` : `It ${fault.problem}`}. ` +
          'Paperboy refuses documents that break the blog’s content format, so nothing stored on this device was changed.',
      );
    case 'storage-full':
      return problem(
        'This device is out of space for Paperboy',
        `${capitalize(what)} arrived but could not be stored. Free some space on the device, or clear offline data in Settings, then try again.`,
      );
    case 'storage-closed':
      return problem(
        'Reload to keep reading',
        `Paperboy’s storage on this device changed in another tab (a newer version, or its data cleared), so this tab cannot open ${what}. Reload it.`,
        false,
      );
    case 'version':
      if (typeof fault.version === 'number' && fault.version > 1) {
        return problem(
          `${capitalize(what)} uses a newer format`,
          `It is written for content format version ${fault.version}; this version of Paperboy reads version 1. Updating Paperboy may help.`,
          false,
        );
      }
      return problem(
        `${capitalize(what)} uses a format Paperboy does not know`,
        `Its version is ${JSON.stringify(fault.version)}; Paperboy reads content format version 1.`,
        false,
      );
  }
}

function needsLogin(
  problem: (title: string, detail: string, retryable?: boolean) => Problem,
  what: string,
): Problem {
  return problem(
    'The blog asks for a login',
    `Its server wants a login before it shares ${what}. Paperboy reads public blogs only, without an account: read this one on its own site.`,
    false,
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
