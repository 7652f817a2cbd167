// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inAppHref } from '../../src/routing/links';

type ClickInit = Partial<
  Record<'defaultPrevented' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey', boolean>
> & {
  button?: number;
};

function click(html: string, init: ClickInit = {}) {
  document.body.innerHTML = html;
  const target = document.querySelector('[data-target]') ?? document.body.firstElementChild;
  return {
    defaultPrevented: false,
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    ...init,
    target,
  };
}

describe('inAppHref', () => {
  it('takes a plain click on a link to an app screen, also from inside the link', () => {
    expect(inAppHref(click('<a href="/article/x">x</a>'), window.location)).toBe(
      `${window.location.origin}/article/x`,
    );
    expect(
      inAppHref(click('<a href="/section/y"><span data-target>y</span></a>'), window.location),
    ).toBe(`${window.location.origin}/section/y`);
  });

  it.each([
    ['a modified click', '<a href="/article/x">x</a>', { ctrlKey: true }],
    ['a middle click', '<a href="/article/x">x</a>', { button: 1 }],
    ['an already handled click', '<a href="/article/x">x</a>', { defaultPrevented: true }],
    ['another window', '<a href="/article/x" target="_blank">x</a>', {}],
    ['a download', '<a href="/article/x" download>x</a>', {}],
    ['another origin', '<a href="https://elsewhere.example/article/x">x</a>', {}],
    ['a file', '<a href="/content/site.json">x</a>', {}],
    ['an in-page anchor', '<a href="#main">x</a>', {}],
    ['no link at all', '<p>text</p>', {}],
  ] as [string, string, ClickInit][])('leaves %s to the browser', (_name, html, init) => {
    expect(inAppHref(click(html, init), window.location)).toBeUndefined();
  });
});
