import { useRef, useState } from 'preact/hooks';
import type { SupportClient } from '@loket/sdk';
import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../use-document-title';
import type { ConsoleTexts } from '../console-texts';
import { describeError, isUnauthorized } from '../describe-error';
import { FieldError } from '../fields';

/** Why the sign-in form shows again: the server refused the key, or the visitor signed out. */
export type SignOutReason = 'expired' | 'signedOut';

/** What is wrong after an attempt to sign in; put into words when shown, so it follows a change of language. */
type SignInError = { kind: 'empty' | 'wrongKey' } | { kind: 'failed'; error: unknown };

interface SignInPageProps {
  texts: ConsoleTexts;
  /** Whether this is the demo site, whose key the form may give away. */
  isDemo: boolean;
  /** Where the console's API is and which site it handles. */
  connect: (secretKey: string) => SupportClient;
  /** Called once the server accepted the key. */
  onSignedIn: (secretKey: string) => void;
  /** Why the visitor is here again, e.g. "you are signed out"; the console announces it as well. */
  notice: SignOutReason | null;
}

/**
 * Asks for the site's secret key and checks it with one small list request before the console
 * opens. A refused key keeps what was typed, so a typo can be fixed.
 */
export function SignInPage({ texts, isDemo, connect, onSignedIn, notice }: SignInPageProps) {
  const t = texts.signIn;
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SignInError | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useDocumentTitle(texts.documentTitle(t.title));

  const signIn = async () => {
    if (busy) return;
    const secretKey = key.trim();
    const fail = (problem: SignInError) => {
      setError(problem);
      input.current?.focus();
    };
    if (secretKey === '') return fail({ kind: 'empty' });
    setBusy(true);
    setError(null);
    try {
      await connect(secretKey).cases.list({ limit: 1 });
      onSignedIn(secretKey);
    } catch (caught) {
      fail(isUnauthorized(caught) ? { kind: 'wrongKey' } : { kind: 'failed', error: caught });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="console-page sign-in">
      <PageHeading>{t.title}</PageHeading>
      {notice !== null && <p class="console-notice">{t[notice]}</p>}
      <p class="lead">{t.lead}</p>
      <form
        class="panel sign-in-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void signIn();
        }}
      >
        <div class="field">
          <label for="secret-key">{t.keyLabel}</label>
          <p class="field-hint" id="secret-key-hint">
            {/* Only a demo site's key may be public; a real site's never shows here. */}
            {isDemo ? `${t.keyHint} ${t.demoKeyHint}` : t.keyHint}
          </p>
          <input
            id="secret-key"
            ref={input}
            type="password"
            name="secret-key"
            autocomplete="current-password"
            spellcheck={false}
            value={key}
            aria-invalid={error !== null}
            aria-describedby={error === null ? 'secret-key-hint' : 'secret-key-hint secret-key-error'}
            onInput={(event) => setKey(event.currentTarget.value)}
          />
          {error !== null && <FieldError id="secret-key-error">{error.kind === 'failed' ? describeError(error.error, texts) : t[error.kind]}</FieldError>}
        </div>
        <div class="form-actions">
          <button type="submit" class="console-button" aria-disabled={busy}>
            {busy ? t.submitting : t.submit}
          </button>
        </div>
      </form>
    </div>
  );
}

