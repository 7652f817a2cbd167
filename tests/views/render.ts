import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import type { Blog } from '../../src/model/blog';
import { Router } from '../../src/routing/router.svelte';
import { FakeSource, testContext, testRepository } from '../data/fixtures';
import Harness from './Harness.svelte';

/** Renders one view on a real repository over fake-indexeddb and a fake source. */
export function renderView<P extends Record<string, unknown>>(
  view: Component<P>,
  props: P,
  source: FakeSource,
  /** The blog read in another format than the content API: its answers stand in for source's. */
  blog?: Partial<Blog>,
) {
  const { ctx, db, clock, keptPages } = testContext(source);
  if (blog) ctx.blog = { ...ctx.blog, ...blog };
  const repository = testRepository(ctx);
  const router = new Router();
  const result = render(Harness, {
    props: {
      repository,
      router,
      view: view as unknown as Component<Record<string, unknown>>,
      props,
    },
  });
  return { ...result, db, clock, keptPages, repository, router };
}
