import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { Router } from '../../src/routing/router.svelte';
import { FakeSource, testContext, testRepository } from '../data/fixtures';
import Harness from './Harness.svelte';

/** Renders one view on a real repository over fake-indexeddb and a fake source. */
export function renderView<P extends Record<string, unknown>>(
  view: Component<P>,
  props: P,
  source: FakeSource,
) {
  const { ctx, db, clock, keptPages } = testContext(source);
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
