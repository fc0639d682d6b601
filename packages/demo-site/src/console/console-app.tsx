import { useMemo, useState } from 'preact/hooks';
import { createClient, createSupportClient } from '@loket/sdk';
import type { Language } from '../texts';
import { useHeadingFocusOnRouteChange } from '../use-heading-focus';
import { CasePage } from './case/case-page';
import { ConsoleContext } from './console-context';
import type { ConsoleContextValue } from './console-context';
import { matchConsoleView } from './console-routes';
import type { ConsoleView } from './console-routes';
import { CONSOLE_TEXTS } from './console-texts';
import { InboxPage } from './inbox/inbox-page';
import { ReportPage } from './report/report-page';
import { forgetSessionKey, readSessionKey, storeSessionKey } from './session-key';
import { useLiveRegion } from './shell/live-region';
import { ConsoleHeader } from './shell/console-header';
import { ConsoleNotFound } from './shell/console-not-found';
import { SignInPage } from './shell/sign-in-page';
import type { SignOutReason } from './shell/sign-in-page';
import { useSiteData } from './site-data';

/** The site the console handles: the demo's own (see `data-site` in public/index.html). */
const SITE = 'demo';

// Public site data (topics, article titles) needs no key; one client serves every sign-in.
const client = createClient({ baseUrl: location.origin, site: SITE });
const connect = (secretKey: string) => createSupportClient({ baseUrl: location.origin, site: SITE, secretKey });

export interface ConsoleAppProps {
  /** The current path, under `/console`. */
  path: string;
  language: Language;
  onLanguageChange: (language: Language) => void;
}

/**
 * The support console: sign-in with the site's secret key, then the inbox, a case, or the
 * documentation fix report, under a header of its own. Loaded only when a `/console` page opens.
 */
export function ConsoleApp({ path, language, onLanguageChange }: ConsoleAppProps) {
  const texts = CONSOLE_TEXTS[language];
  const [secretKey, setSecretKey] = useState(readSessionKey);
  const [notice, setNotice] = useState<SignOutReason | null>(null);
  const { announce, region } = useLiveRegion();
  const site = useSiteData(client, language);
  const support = useMemo(() => (secretKey === null ? null : connect(secretKey)), [secretKey]);
  // Signing in or out shows another view too, so focus moves to its heading then as well.
  useHeadingFocusOnRouteChange(support === null ? 'sign-in' : path);

  const signOut = (reason: SignOutReason) => {
    forgetSessionKey();
    setSecretKey(null);
    setNotice(reason);
    // The sign-in form shows the reason too, but a paragraph that appears is not read out by itself.
    announce(texts.signIn[reason]);
  };
  const context: ConsoleContextValue | null =
    support === null ? null : { support, site, language, texts, announce, signOutExpired: () => signOut('expired') };

  return (
    <div class="console">
      <a class="skip-link" href="#main">
        {texts.skipLink}
      </a>
      <ConsoleHeader
        texts={texts}
        language={language}
        onLanguageChange={onLanguageChange}
        path={path}
        onSignOut={support === null ? undefined : () => signOut('signedOut')}
      />
      <main id="main" tabIndex={-1} class="console-main">
        <div class="console-container">
          {context === null ? (
            <SignInPage
              texts={texts}
              isDemo={SITE === 'demo'}
              connect={connect}
              notice={notice}
              onSignedIn={(key) => {
                storeSessionKey(key);
                setNotice(null);
                setSecretKey(key);
              }}
            />
          ) : (
            <ConsoleContext.Provider value={context}>
              <ConsoleViewFor view={matchConsoleView(path)} />
            </ConsoleContext.Provider>
          )}
        </div>
      </main>
      {region}
    </div>
  );
}

function ConsoleViewFor({ view }: { view: ConsoleView }) {
  switch (view.name) {
    case 'inbox':
      return <InboxPage />;
    case 'case':
      // Keyed by reference: another case starts with fresh forms.
      return <CasePage key={view.reference} reference={view.reference} />;
    case 'report':
      return <ReportPage />;
    case 'notFound':
      return <ConsoleNotFound />;
  }
}
