export declare const candidates: string[];
export declare function findNginx(): string | undefined;
export declare function findMimeTypes(nginx: string): string | undefined;
