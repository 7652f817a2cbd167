import { readFileSync } from 'node:fs';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { articleShell } from './vite/articleShell.ts';
import { compileHints } from './vite/compileHints.ts';
import { contentPreload } from './vite/contentPreload.ts';
import { manifestFileName } from './src/pwa/manifest-file.ts';
import { deferManifestLink } from './vite/manifestLink.ts';

/** The installed app carries the blog's name: the demo blog's unless a deploy names another. */
function blogIdentity(): { name: string; shortName: string; description: string } {
  const site = JSON.parse(readFileSync('public/content/site.json', 'utf8')) as {
    title: string;
    description?: string;
  };
  const name = process.env.VITE_APP_NAME || site.title;
  return {
    name,
    shortName: process.env.VITE_APP_SHORT_NAME || name.slice(0, 12),
    description: site.description ?? 'Read the blog, even offline.',
  };
}

const blog = blogIdentity();

/** Blogs served on the reader's own machine (npm run demo:blogs), over plain http. */
const ownMachine = 'http://127.0.0.1:* http://localhost:*';

/**
 * The built app's Content-Security-Policy, as strict as the app allows: only its own scripts
 * (no inline, no eval), Trusted Types for every script sink (DOMPurify's output is the only
 * HTML the page creates: Svelte builds its templates element by element; one policy vouches
 * for the workers' URLs), no plugins, no <base> tricks, no forms. Pictures may come from the
 * app or any https origin, and so may the blog's documents: the blog is chosen at run time,
 * and what it sends is data, validated and sanitized before it shows (docs/security.md). Delivered as a meta tag so that any static host applies
 * it; deploy/nginx.conf sends it as a header too, adding frame-ancestors 'none' (which a meta
 * tag cannot say).
 */
export function contentSecurityPolicy(contentUrl = process.env.VITE_CONTENT_URL): string {
  const contentOrigin =
    contentUrl && /^http:/.test(contentUrl) ? ` ${new URL(contentUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' https: ${ownMachine}`,
    `connect-src 'self' https: ${ownMachine}${contentOrigin}`,
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types dompurify paperboy-worker',
  ].join('; ');
}

/** Adds the CSP to the built index.html only: Vite's dev server needs inline styles and HMR. */
function cspMeta(): Plugin {
  return {
    name: 'paperboy-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
        injectTo: 'head-prepend',
      },
    ],
  };
}
/** Shown in Settings; the update e2e test builds two versions that differ only in this. */
const buildId = process.env.PAPERBOY_BUILD_ID || new Date().toISOString();

export default defineConfig({
  plugins: [
    svelte(),
    cspMeta(),
    articleShell('src/views/article/ArticleView.svelte'),
    contentPreload(process.env.VITE_CONTENT_URL, ['src/data/first-visit/preview.ts']),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // The page registers the worker itself with workbox-window (src/pwa/register.ts).
      injectRegister: false,
      registerType: 'prompt',
      // The page links it itself, after its first view (src/pwa/manifest-link.ts).
      manifestFilename: manifestFileName,
      // The page's favicon (a PNG: see scripts/make-icons.mjs), so it shows offline too.
      includeAssets: ['icons/favicon-48.png'],
      manifest: {
        name: blog.name,
        short_name: blog.shortName,
        description: blog.description,
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#a3262a',
        background_color: '#fdfcfa',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      injectManifest: {
        // A classic worker (registered without type: 'module'), so a classic script: the
        // default 'es' build also sets an option Vite deprecates, and warns on every build.
        rollupFormat: 'iife',
        // The manifest and its icons are added by the plugin; content is runtime data.
        globPatterns: ['**/*.{js,css,html,svg,txt}'],
        globIgnores: ['content/**', 'icons/*.svg'],
      },
      devOptions: { enabled: false },
    }),
    deferManifestLink(),
    compileHints(),
  ],
  define: {
    __BUILD_ID__: JSON.stringify(buildId),
  },
  // The writer's worker is a module worker: it splits its rare paths (the in-memory store).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Read by scripts/size-budget.mjs to tell the first view from lazy chunks.
    manifest: true,
    // Content is fetched at run time; nothing under public/content may be inlined.
    assetsInlineLimit: 0,
    // The first view in two scripts (the libraries, the app's own code) instead of six: the
    // modules it shares with lazy chunks used to come as four more requests of 0.1-1 kB,
    // each a round trip before the first paint on a slow connection. Lazy chunks import
    // what they need from these two.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', tags: ['$initial'], test: /node_modules/, priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/views/**', 'tests/e2e/**', 'tests/**/*.svelte.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          // Runes classes are tested with Svelte's browser runtime too (effects run there).
          include: ['tests/views/**/*.test.ts', 'tests/**/*.svelte.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
