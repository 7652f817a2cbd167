let shown: () => void = () => {};

/**
 * Settles once the first screen has drawn its content (or its final message): a kept page
 * shown in place of the app until then gives way to the app (src/pwa/kept-page.ts), and the
 * service worker registers (src/pwa/register.ts).
 */
export const firstViewShown = new Promise<void>((resolve) => (shown = resolve));

export const markFirstViewShown = (): void => shown();
