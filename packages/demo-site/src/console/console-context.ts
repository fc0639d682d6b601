import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SupportClient } from '@loket/sdk';
import type { Language } from '../texts';
import type { ConsoleTexts } from './console-texts';
import type { SiteData } from './site-data';

/** What every view of the signed-in console works with. */
export type ConsoleContextValue = {
  /** The admin client, signed in with the secret key. */
  readonly support: SupportClient;
  readonly site: SiteData;
  readonly language: Language;
  readonly texts: ConsoleTexts;
  /** Says something to screen reader users through the console's live region. */
  announce(message: string): void;
  /** Signs out because the server no longer accepts the key, and says so on the sign-in form. */
  signOutExpired(): void;
};

export const ConsoleContext = createContext<ConsoleContextValue | null>(null);

/** Preact hook giving the signed-in console's context; only views inside `ConsoleApp` use it. */
export function useConsole(): ConsoleContextValue {
  const value = useContext(ConsoleContext);
  if (value === null) throw new Error('useConsole() is used outside the signed-in console (ConsoleApp).');
  return value;
}
