import { describe, expect, it } from 'vitest';
import { warmLocaleData } from '../../src/locale/warmup';

// What it is for (the page's first date formatting cheaply) is a timing, measured, not
// asserted; this checks that the formatters it makes are valid, so the worker starts.
describe('warmLocaleData', () => {
  it('makes the formatters the app uses without throwing', () => {
    expect(() => warmLocaleData()).not.toThrow();
  });
});
