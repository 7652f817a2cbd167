interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** Offers "Install" only while the browser says the app can be installed. */
export class InstallState {
  available = $state(false);
  #event: InstallPromptEvent | undefined;

  listen(win: Window = window): () => void {
    const onPrompt = (event: Event) => {
      // Keep the browser's own mini-infobar away; the app's own offer asks instead.
      event.preventDefault();
      this.#event = event as InstallPromptEvent;
      this.available = true;
    };
    const onInstalled = () => this.reset();
    win.addEventListener('beforeinstallprompt', onPrompt);
    win.addEventListener('appinstalled', onInstalled);
    return () => {
      win.removeEventListener('beforeinstallprompt', onPrompt);
      win.removeEventListener('appinstalled', onInstalled);
    };
  }

  async install(): Promise<void> {
    const event = this.#event;
    if (!event) return;
    await event.prompt();
    const { outcome } = await event.userChoice;
    // A prompt can be shown once; the browser fires a new event if it allows another.
    this.#event = undefined;
    this.available = false;
    if (outcome === 'accepted') this.reset();
  }

  dismiss(): void {
    this.available = false;
  }

  reset(): void {
    this.available = false;
    this.#event = undefined;
  }
}
