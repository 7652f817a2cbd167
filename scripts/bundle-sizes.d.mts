export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export interface BundleSizes {
  firstView: { files: string[]; bytes: number };
  /** The first view of a first visit: with the modules index.html preloads for it. */
  firstVisit: { files: string[]; bytes: number };
  lazy: { file: string; bytes: number; name: string }[];
  workers: { file: string; bytes: number }[];
  /** What loading a module (a source file) adds to the first view, with its static imports. */
  loading(module: string): { files: string[]; bytes: number };
}
export declare function readManifest(dist: string): Record<string, ManifestChunk>;
export declare function gzipBytes(dist: string, file: string): number;
export declare function bundleSizes(dist: string): BundleSizes;
