import type { LoketApi } from '../loket-api';

/** The built script-tag files, as a host page loads them (`npm test` builds before the browser tests). */
export const LOADER = '/packages/widget/dist/loket.js';

/** `window`, with the API the script tag defines. */
export const win = window as { Loket?: LoketApi };

/** The launcher button the loader drew, if it is on the page. */
export function launcherButton(): HTMLButtonElement | null {
  return document.querySelector('[data-loket="launcher"]')?.shadowRoot?.querySelector('button') ?? null;
}

/** Adds the script tag the way a company's page does, and waits until it ran. */
export async function addScriptTag(attributes: Record<string, string>): Promise<void> {
  const script = document.createElement('script');
  script.src = `${LOADER}?run=${Math.random()}`;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  await new Promise((resolve) => {
    script.onload = resolve;
    document.body.append(script);
  });
}
