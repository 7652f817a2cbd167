export declare const shellFor: (path: string) => 'shell-article.html' | 'index.html';
