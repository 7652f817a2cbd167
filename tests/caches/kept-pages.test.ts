import { describe, expect, it } from 'vitest';
import { composePage, entryScriptOf } from '../../src/caches/kept-pages';

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
    const page = composePage(shell, {
      title: 'Cranes & <ships> — My Blog',
      lang: 'nb',
      markup: '<main><h1>Cranes</h1></main>',
    });
    expect(page).toContain(
      '<div id="app" data-booting><div data-page><main><h1>Cranes</h1></main></div></div>',
    );
    expect(page).toContain('<title>Cranes &amp; &lt;ships&gt; — My Blog</title>');
    expect(page).toContain('<html lang="nb">');
    expect(page).toContain(`content="script-src 'self'"`);
    expect(page).toContain('src="/assets/index-abc123.js"');
  });

  it('takes markup and title literally, not as replacement patterns', () => {
    const page = composePage(shell, {
      title: "$& $' $`",
      lang: 'e"n',
      markup: '<p>$& costs $1</p>',
    });
    expect(page).toContain("<title>$&amp; $' $`</title>");
    expect(page).toContain('<p>$& costs $1</p>');
    expect(page).toContain('<html lang="e&quot;n">');
  });

  it('declines a shell without an empty #app', () => {
    const page = { title: 't', lang: 'en', markup: '<p>x</p>' };
    expect(composePage('<html><body><div id="root"></div></body></html>', page)).toBe(undefined);
  });
});

describe('entryScriptOf', () => {
  it('names the shell’s entry script, which names the build', () => {
    expect(entryScriptOf(shell)).toBe('/assets/index-abc123.js');
    expect(entryScriptOf('<html></html>')).toBe(undefined);
  });
});
