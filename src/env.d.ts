/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_CONTENT_URL?: string;
  /** "page": the writer runs on the page, never in its worker (the bench's A/B). */
  readonly VITE_WRITER?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** The build's time (or PAPERBOY_BUILD_ID): tells versions apart in Settings. */
declare const __BUILD_ID__: string;
