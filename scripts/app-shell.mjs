// Which page answers an app route (a path without a file extension): one rule for the e2e
// test server and the bench server, as deploy/nginx.conf and the service worker answer it.
// An article's URL gets the shell that also asks for the article view's code and style
// (vite/articleShell.ts); every other route gets index.html.
/** @param {string} path @returns {'shell-article.html' | 'index.html'} */
export const shellFor = (path) =>
  path.startsWith('/article/') ? 'shell-article.html' : 'index.html';
