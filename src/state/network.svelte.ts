/** Whether the browser believes it is online, kept current by its online/offline events. */
export class NetworkState {
  online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);

  listen(win: Window = window): () => void {
    const update = () => (this.online = win.navigator.onLine);
    win.addEventListener('online', update);
    win.addEventListener('offline', update);
    update();
    return () => {
      win.removeEventListener('online', update);
      win.removeEventListener('offline', update);
    };
  }

  reset(): void {
    this.online = true;
  }
}
