import { describe, expect, it } from 'vitest';
import { composePage, entryScriptOf } from '../../src/sources/kept-pages';

const shell = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self'" />
    <title>Paperboy</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

describe('composePage', () => {
  it('draws the markup into #app, marked for the app to swap in, under the shell’s policy', () => {
    const page = composePage(shell, 'Cranes & <ships> — My Blog', '<main><h1>Cranes</h1></main>');
    expect(page).toContain(
      '<div id="app" data-booting><div data-page><main><h1>Cranes</h1></main></div></div>',
    );
    expect(page).toContain('<title>Cranes &amp; &lt;ships&gt; — My Blog</title>');
    expect(page).toContain(`content="script-src 'self'"`);
    expect(page).toContain('src="/assets/index-abc123.js"');
  });

  it('takes markup and title literally, not as replacement patterns', () => {
    const page = composePage(shell, "$& $' $`", '<p>$& costs $1</p>');
    expect(page).toContain("<title>$&amp; $' $`</title>");
    expect(page).toContain('<p>$& costs $1</p>');
  });

  it('declines a shell without an empty #app', () => {
    expect(composePage('<html><body><div id="root"></div></body></html>', 't', '<p>x</p>')).toBe(
      undefined,
    );
  });
});

describe('entryScriptOf', () => {
  it('names the shell’s entry script, which names the build', () => {
    expect(entryScriptOf(shell)).toBe('/assets/index-abc123.js');
    expect(entryScriptOf('<html></html>')).toBe(undefined);
  });
});
