// A WordPress site serving the demo blog (public/content/) over WordPress's public REST API,
// wp/v2, as WordPress 6 answers an anonymous reader: for the end-to-end tests and
// `npm run demo:blogs`. The parts are in wordpress/.

export { loadDemoBlog } from './wordpress/model.mjs';
export { createWordPressServer } from './wordpress/server.mjs';
