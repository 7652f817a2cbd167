// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { syncArticle } from '../../src/data/articles';
import {
  readRecentlyRead,
  readSavedArticles,
  readSavedSlugs,
} from '../../src/data/queries/articles';
import { saveArticle, unsaveArticle } from '../../src/data/saved';
import { markRead } from '../../src/data/articles';
import { articleUrl, rawArticle, rawSite, siteUrl } from '../factories';
import { FakeSource, offline, openTestContext } from './fixtures';

function setup() {
  const source = new FakeSource({
    [siteUrl]: rawSite(),
    [articleUrl('with-pictures')]: rawArticle('with-pictures', {
      image: { src: '../images/hero.svg', alt: 'Hero', width: 1200, height: 675 },
      html: '<p>Text</p><figure><img src="../images/inline.svg" alt="Inline"></figure><img src="javascript:alert(1)">',
    }),
    [articleUrl('shares-hero')]: rawArticle('shares-hero', {
      image: { src: '../images/hero.svg', alt: 'Hero', width: 1200, height: 675 },
    }),
  });
  return openTestContext(source);
}

const image = (name: string) => `https://blog.example/content/images/${name}`;

describe('saved articles', () => {
  it('saving fetches the full text, keeps its pictures and asks for persistent storage once', async () => {
    const { ctx, images, storage } = setup();
    await saveArticle(ctx, 'with-pictures');
    expect([...(await readSavedSlugs(ctx))]).toEqual(['with-pictures']);
    expect((await readSavedArticles(ctx))[0]?.html).toContain('<p>Text</p>');
    expect([...images.kept].sort()).toEqual([image('hero.svg'), image('inline.svg')]);
    await saveArticle(ctx, 'shares-hero');
    expect(storage.persistCalls).toBe(1);
  });

  it('lists the most recently saved first', async () => {
    const { ctx, clock } = setup();
    await saveArticle(ctx, 'with-pictures');
    clock.now += 1000;
    await saveArticle(ctx, 'shares-hero');
    expect((await readSavedArticles(ctx)).map((a) => a.slug)).toEqual([
      'shares-hero',
      'with-pictures',
    ]);
  });

  it('unsaving releases pictures no other saved article needs', async () => {
    const { ctx, images } = setup();
    await saveArticle(ctx, 'with-pictures');
    await saveArticle(ctx, 'shares-hero');
    await unsaveArticle(ctx, 'with-pictures');
    expect([...images.kept]).toEqual([image('hero.svg')]);
    expect([...(await readSavedSlugs(ctx))]).toEqual(['shares-hero']);
    // The text stays stored (it is simply no longer protected from the storage policy).
    expect(await ctx.db.articles.get('with-pictures')).toBeDefined();
  });

  it('saving an article that cannot be fetched saves nothing', async () => {
    const { ctx, source } = setup();
    source.set(articleUrl('with-pictures'), offline(articleUrl('with-pictures')));
    await expect(saveArticle(ctx, 'with-pictures')).rejects.toMatchObject({
      fault: { kind: 'offline' },
    });
    expect((await readSavedSlugs(ctx)).size).toBe(0);
  });

  it('lists what was read most recently', async () => {
    const { ctx, clock } = setup();
    await syncArticle(ctx, 'with-pictures');
    await syncArticle(ctx, 'shares-hero');
    await markRead(ctx, 'shares-hero');
    clock.now += 1000;
    await markRead(ctx, 'with-pictures');
    expect((await readRecentlyRead(ctx, 5)).map((a) => a.slug)).toEqual([
      'with-pictures',
      'shares-hero',
    ]);
    // One whose text the storage policy dropped is not there to read offline.
    await ctx.db.articles.update('with-pictures', { html: undefined, fetchedAt: undefined });
    expect((await readRecentlyRead(ctx, 5)).map((a) => a.slug)).toEqual(['shares-hero']);
  });
});
