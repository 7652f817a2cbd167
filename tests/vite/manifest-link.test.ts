import { describe, expect, it } from 'vitest';
import { manifestLinkTag } from '../../vite/manifestLink';

describe('manifestLinkTag', () => {
  it('matches the link vite-plugin-pwa writes, and nothing else in the head', () => {
    const head = [
      '<head>',
      '    <meta name="theme-color" content="#fdfcfa" />',
      '    <link rel="icon" href="/icons/favicon-48.png" sizes="48x48" type="image/png" />',
      '    <link rel="stylesheet" crossorigin href="/assets/index.css">',
      '  <link rel="manifest" href="/manifest.webmanifest"></head>',
    ].join('\n');
    const stripped = head.replace(manifestLinkTag, '');
    expect(stripped).not.toContain('manifest');
    expect(stripped).toContain('rel="icon"');
    expect(stripped).toContain('rel="stylesheet"');
    expect(stripped.endsWith('index.css"></head>')).toBe(true);
  });
});
