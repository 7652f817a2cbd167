import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/model/errors';
import { ContentError, type ContentFault } from '../../src/sources/errors';

const url = 'https://blog.example/content/articles/a.json';
const describeFault = (fault: ContentFault, what = 'this article') =>
  describeProblem(new ContentError(fault, url), what);

describe('describeProblem', () => {
  it('tells an offline reader that the document is not stored yet', () => {
    const problem = describeFault({ kind: 'offline' });
    expect(problem.title).toBe('You are offline');
    expect(problem.detail).toMatch(/^This article is not stored on this device/);
    expect(problem).toMatchObject({ retryable: true, notFound: false });
  });

  it('names a network failure and the document', () => {
    const problem = describeFault({ kind: 'network' }, 'the World News section');
    expect(problem.title).toBe('Could not reach the blog');
    expect(problem.detail).toContain('before the World News section arrived');
    expect(problem).toMatchObject({ retryable: true, notFound: false });
  });

  it('gives the timeout in seconds', () => {
    const problem = describeFault({ kind: 'timeout', seconds: 15 });
    expect(problem.title).toBe('The blog is taking too long to answer');
    expect(problem.detail).toContain('15 seconds');
    expect(problem).toMatchObject({ retryable: true, notFound: false });
  });

  it.each([404, 410])('treats HTTP %i as not found, not as an error to retry', (status) => {
    const problem = describeFault({ kind: 'http', status });
    expect(problem.title).toBe('Not found');
    expect(problem.detail).toBe('This article is not on the blog.');
    expect(problem).toMatchObject({ retryable: false, notFound: true });
  });

  it.each([429, 500, 503])('treats HTTP %i as temporary trouble worth a retry', (status) => {
    const problem = describeFault({ kind: 'http', status });
    expect(problem.title).toBe('The blog is having trouble');
    expect(problem.detail).toContain(`(${status})`);
    expect(problem).toMatchObject({ retryable: true, notFound: false });
  });

  it.each([400, 405])('says the blog refused the request for HTTP %i', (status) => {
    const problem = describeFault({ kind: 'http', status });
    expect(problem.title).toBe('The blog refused the request');
    expect(problem.detail).toBe(`Its server answered ${status} when asked for this article.`);
    expect(problem.notFound).toBe(false);
  });

  it.each<ContentFault>([
    { kind: 'http', status: 401, code: 'rest_not_logged_in' },
    { kind: 'http', status: 403 },
    { kind: 'login' },
  ])('says a blog behind a login ($kind $status) is for its own site', (fault) => {
    const problem = describeFault(fault);
    expect(problem.title).toBe('The blog asks for a login');
    expect(problem.detail).toContain('read this one on its own site');
    expect(problem).toMatchObject({ retryable: false, notFound: false });
  });

  it('says a WordPress site with its REST API off can be read by its feed', () => {
    const problem = describeFault({ kind: 'http', status: 404, code: 'rest_no_route' }, 'the site');
    expect(problem.title).toBe('The blog’s reading interface is switched off');
    expect(problem.detail).toContain('/feed/');
    expect(problem).toMatchObject({ retryable: false, notFound: false });
  });

  it('says a blog without CORS headers keeps reading apps out, and what to do', () => {
    const problem = describeFault({ kind: 'cors' }, 'the site');
    expect(problem.title).toBe('The blog does not let reading apps in');
    expect(problem.detail).toContain('owner can allow it');
    expect(problem.retryable).toBe(false);
  });

  it('says a body that is not JSON is unreadable', () => {
    const problem = describeFault({ kind: 'not-json' }, 'the site');
    expect(problem.title).toBe('The blog sent something unreadable');
    expect(problem.detail).toMatch(/^The site did not arrive as JSON/);
  });

  it('gives the size limit in MB and does not offer a retry', () => {
    const problem = describeFault({ kind: 'too-large', limitBytes: 4 * 1024 * 1024 });
    expect(problem.title).toBe('This article is too large');
    expect(problem.detail).toContain('over 4 MB');
    expect(problem).toMatchObject({ retryable: false, notFound: false });
  });

  it('names the field and the problem of an invalid document', () => {
    const problem = describeFault({
      kind: 'invalid',
      path: 'sections[0].slug',
      problem: 'must be lowercase letters, digits and hyphens',
    });
    expect(problem.title).toBe('This article could not be read');
    expect(problem.detail).toContain(
      'Its field “sections[0].slug” must be lowercase letters, digits and hyphens.',
    );
    expect(problem.detail).toContain('nothing stored on this device was changed');
  });

  it('describes an invalid document without a field path', () => {
    const problem = describeFault({ kind: 'invalid', path: '', problem: 'must be a JSON object' });
    expect(problem.detail).toMatch(/^It must be a JSON object\. /);
    expect(problem.detail).not.toContain('“');
  });

  it('names the version of a document in another format and does not offer a retry', () => {
    const problem = describeFault({ kind: 'version', version: 2 }, 'the site');
    expect(problem.title).toBe('The site uses a newer format');
    expect(problem.detail).toContain('version 2');
    expect(problem.detail).toContain('reads version 1');
    expect(problem).toMatchObject({ retryable: false, notFound: false });
  });

  it('asks for a reload, not a retry, when the store was closed under this tab', () => {
    const problem = describeFault({ kind: 'storage-closed' });
    expect(problem.title).toBe('Reload to keep reading');
    expect(problem.detail).toContain('cannot open this article. Reload it.');
    expect(problem).toMatchObject({ retryable: false, notFound: false, offline: false });
  });

  it.each([new Error('boom'), new TypeError('x is undefined'), 'a string', undefined])(
    'gives a generic, retryable message for a non-ContentError: %s',
    (error) => {
      const problem = describeProblem(error, 'this article');
      expect(problem.title).toBe('Something went wrong');
      expect(problem.detail).toBe('Paperboy could not show this article. Please try again.');
      expect(problem).toMatchObject({ retryable: true, notFound: false });
    },
  );

  it('gives each kind of fault its own title', () => {
    const faults: ContentFault[] = [
      { kind: 'offline' },
      { kind: 'network' },
      { kind: 'timeout', seconds: 1 },
      { kind: 'http', status: 404 },
      { kind: 'http', status: 503 },
      { kind: 'http', status: 403 },
      { kind: 'http', status: 400 },
      { kind: 'http', status: 404, code: 'rest_no_route' },
      { kind: 'cors' },
      { kind: 'not-json' },
      { kind: 'too-large', limitBytes: 1 },
      { kind: 'invalid', path: 'a', problem: 'b' },
      { kind: 'version', version: 3 },
      { kind: 'storage-full' },
      { kind: 'storage-closed' },
    ];
    const titles = new Set(faults.map((fault) => describeFault(fault).title));
    expect(titles.size).toBe(faults.length);
  });
});
