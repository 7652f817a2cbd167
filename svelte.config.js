/**
 * Svelte 5 reads TypeScript natively: no preprocessor needed. Templates are built element
 * by element (`fragments: 'tree'`), not parsed from HTML strings: the page's Trusted Types
 * policy then has one source of HTML, DOMPurify's, instead of also trusting Svelte's.
 * Every component is in runes mode (`runes: true`), also those with no script, which would
 * otherwise compile in legacy mode and bring legacy support code into the first view.
 */
export default { compilerOptions: { fragments: 'tree', runes: true } };
