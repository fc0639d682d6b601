import { LanguageToggle } from '../../components/language-toggle';
import { NavLink } from '../../components/nav-link';
import type { Language } from '../../texts';
import { CONSOLE_PATHS } from '../console-routes';
import type { ConsoleTexts } from '../console-texts';
import { LogoMark } from '../../components/logo-mark';

interface ConsoleHeaderProps {
  texts: ConsoleTexts;
  language: Language;
  onLanguageChange: (language: Language) => void;
  /** The current path, to mark the current view in the menu. */
  path: string;
  /** Present when signed in: the menu and the sign-out button are shown only then. */
  onSignOut?: () => void;
}

/** The console's own bar: name, menu (Inbox, Report), language and sign out. */
export function ConsoleHeader({ texts, language, onLanguageChange, path, onSignOut }: ConsoleHeaderProps) {
  const t = texts.header;
  // A case belongs to the inbox: the inbox stays marked while one is open.
  const navPath = path.startsWith(CONSOLE_PATHS.casePrefix) ? CONSOLE_PATHS.inbox : path;
  return (
    <header class="console-header">
      <div class="console-container console-header-inner">
        <a class="console-logo" href={CONSOLE_PATHS.inbox}>
          <LogoMark wave="#064e56" />
          <span>
            {t.title}{' '}
            <span class="console-logo-sub">
              <span class="console-logo-dash">— </span>
              {t.subtitle}
            </span>
          </span>
        </a>
        {onSignOut && (
          <nav class="console-nav" aria-label={t.navLabel}>
            <ul>
              <li>
                <NavLink href={CONSOLE_PATHS.inbox} currentPath={navPath}>
                  {t.inbox}
                </NavLink>
              </li>
              <li>
                <NavLink href={CONSOLE_PATHS.report} currentPath={navPath}>
                  {t.report}
                </NavLink>
              </li>
            </ul>
          </nav>
        )}
        <div class="console-header-tools">
          <LanguageToggle language={language} label={t.languageGroupLabel} onChange={onLanguageChange} />
          {onSignOut && (
            <button type="button" class="console-sign-out" onClick={onSignOut}>
              {t.signOut}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
