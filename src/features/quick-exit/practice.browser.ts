import { practiceAttribute, practiceExitEvent } from './quick-exit.browser';

/** Practice mode: the quick exit blanks the page as usual but stays here, then says well done. */
export function startPractice(): void {
  const toggle = document.querySelector<HTMLButtonElement>('[data-exit-practice-toggle]');
  const status = document.querySelector<HTMLElement>('[data-exit-practice-status]');
  if (!toggle || !status) return;
  const html = document.documentElement;
  toggle.hidden = false;

  const set = (on: boolean) => {
    if (on) html.setAttribute(practiceAttribute, '');
    else html.removeAttribute(practiceAttribute);
    toggle.setAttribute('aria-pressed', String(on));
    toggle.textContent = (on ? toggle.dataset.stop : toggle.dataset.start) ?? '';
    status.textContent = on ? (status.dataset.on ?? '') : '';
  };
  toggle.addEventListener('click', () => set(!html.hasAttribute(practiceAttribute)));
  document.addEventListener(practiceExitEvent, () => {
    status.textContent = status.dataset.done ?? '';
  });
  // Leaving the page ends practice, so a real exit is never disarmed by accident.
  window.addEventListener('pagehide', () => set(false));
}
