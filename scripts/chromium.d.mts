export declare const candidates: string[];
export declare function findChromium(): string | undefined;
