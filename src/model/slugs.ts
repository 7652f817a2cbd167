/** Slug rules of content API v1, on their own so routing and the service worker can use them without the schemas. */
export const sectionSlugPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;
export const articleSlugPattern = /^[a-z0-9][a-z0-9-]{0,199}$/;
