#!/usr/bin/env node
// Serves the demo blog (public/content/) the way other blogging platforms publish it, on
// 127.0.0.1, until Ctrl-C: a blog to point Paperboy at by hand. Each format is one entry of
// `formats`; `--<name>-port` picks its port.
//
//   npm run demo:blogs -- [--wordpress-port 8081] [--json-feed-port 8082] [--rss-port 8083]

import { parseArgs } from 'node:util';
import { createFeedServer } from './demo-blogs/feeds.mjs';
import { createWordPressServer } from './demo-blogs/wordpress.mjs';

/**
 * @typedef {object} Format
 * @property {string} name used in the option `--<name>-port`
 * @property {string} title
 * @property {number} port the default port
 * @property {() => { start(port: number): Promise<string>, stop(): Promise<void> }} create
 * @property {(origin: string) => string} blog the address to give the app
 */

/** @type {Format[]} */
const formats = [
  {
    name: 'wordpress',
    title: 'WordPress (REST API at /wp-json/)',
    port: 8081,
    create: () => createWordPressServer(),
    blog: (origin) => `${origin}/`,
  },
  {
    name: 'json-feed',
    title: 'JSON Feed 1.1 (at /feed.json)',
    port: 8082,
    create: () => createFeedServer({ format: 'json-feed' }),
    blog: (origin) => `${origin}/feed.json`,
  },
  {
    name: 'rss',
    title: 'RSS 2.0 (at /feed.xml)',
    port: 8083,
    create: () => createFeedServer({ format: 'rss' }),
    blog: (origin) => `${origin}/feed.xml`,
  },
];

const { values } = parseArgs({
  options: Object.fromEntries(
    formats.map((format) => [
      `${format.name}-port`,
      { type: 'string', default: String(format.port) },
    ]),
  ),
});

const running = await Promise.all(
  formats.map(async (format) => {
    const server = format.create();
    const origin = await server.start(Number(values[`${format.name}-port`]));
    return { format, server, origin };
  }),
);

for (const { format, origin } of running) {
  const config = JSON.stringify({ blog: format.blog(origin) });
  console.log(`${format.title}: ${format.blog(origin)}`);
  console.log(`  point the app at it: write ${config} to dist/config.json (built app)`);
  console.log('  or public/config.json (npm run dev)');
}
console.log('Ctrl-C to stop.');

process.once('SIGINT', () => {
  void Promise.all(running.map(({ server }) => server.stop())).then(() => process.exit(0));
});
