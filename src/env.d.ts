/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The site document's URL, absolute or relative to the app's base URL. */
  readonly VITE_CONTENT_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
