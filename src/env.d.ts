/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The site document's URL, absolute or relative to the app's base URL. */
  readonly VITE_CONTENT_URL?: string;
  /** "page": the writer runs on the page, never in its worker (the bench's A/B). */
  readonly VITE_WRITER?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** When this build was made (or PAPERBOY_BUILD_ID): tells versions apart in Settings. */
declare const __BUILD_ID__: string;
