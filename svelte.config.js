/** Svelte 5 reads TypeScript natively: no preprocessor needed. */
export default {};
