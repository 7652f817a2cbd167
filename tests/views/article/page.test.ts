import { afterEach, describe, expect, it } from 'vitest';
import { drawnPage } from '../../../src/views/article/page';

afterEach(() => document.body.replaceChildren());

function app(html: string) {
  const root = document.createElement('div');
  root.id = 'app';
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('drawnPage', () => {
  it('is what the app drew, without notices and toasts', () => {
    app(
      '<header>Blog</header><div class="offline"><p data-transient>You are offline.</p></div>' +
        '<main><div data-transient>Couldn’t check for updates.</div><h1>Title</h1></main>' +
        '<div class="toasts" data-transient><p>Install</p></div>',
    );
    document.title = 'Title — Blog';
    document.documentElement.lang = 'nb';
    expect(drawnPage()).toEqual({
      title: 'Title — Blog',
      lang: 'nb',
      markup: '<header>Blog</header><div class="offline"></div><main><h1>Title</h1></main>',
    });
    // The screen itself is untouched.
    expect(document.querySelectorAll('[data-transient]')).toHaveLength(3);
  });

  it('is nothing while a kept page still stands in for the app', () => {
    app('<div data-page><h1>Old</h1></div><main><h1>New</h1></main>').setAttribute(
      'data-booting',
      '',
    );
    expect(drawnPage()).toBe(undefined);
  });

  it('is nothing without #app', () => {
    expect(drawnPage()).toBe(undefined);
  });
});
