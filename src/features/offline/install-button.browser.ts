interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

/**
 * `<wegwijs-install-button>` (InstallButton.astro): the browser's own install dialog, where it
 * offers one (Chromium); elsewhere the button stays hidden and the page's text explains.
 */
export class InstallButton extends HTMLElement {
  connectedCallback(): void {
    window.addEventListener('beforeinstallprompt', this.offer);
  }

  disconnectedCallback(): void {
    window.removeEventListener('beforeinstallprompt', this.offer);
  }

  private readonly offer = (event: Event): void => {
    const button = this.querySelector('button');
    if (!button) return;
    // Instead of the browser's own banner: the button, where she reads about installing.
    event.preventDefault();
    button.hidden = false;
    button.onclick = () => {
      button.hidden = true;
      void (event as InstallPromptEvent).prompt();
    };
  };
}

