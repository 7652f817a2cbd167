export declare const contentTypes: Record<string, string>;
