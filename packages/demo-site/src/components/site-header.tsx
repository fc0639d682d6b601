import { ROUTE_PATHS } from '../routes';
import type { Language, SiteTexts } from '../texts';
import { LanguageToggle } from './language-toggle';
import { NavLink } from './nav-link';

interface SiteHeaderProps {
  path: string;
  texts: SiteTexts;
  language: Language;
  onLanguageChange: (language: Language) => void;
}

/** The bar at the top of every page: logo, main menu and language toggle. */
export function SiteHeader({ path, texts, language, onLanguageChange }: SiteHeaderProps) {
  return (
    <header class="site-header">
      <div class="container site-header-inner">
        <a class="logo" href={ROUTE_PATHS.home}>
          <svg class="logo-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path d="M5 19c4-5 7-5 11 0s7 5 11 0" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" />
          </svg>
          Zeewind
        </a>
        <nav class="main-nav" aria-label={texts.common.mainNavLabel}>
          <ul>
            <li>
              <NavLink href={ROUTE_PATHS.home} currentPath={path}>
                {texts.common.navHome}
              </NavLink>
            </li>
            <li>
              <NavLink href={ROUTE_PATHS.support} currentPath={path}>
                {texts.common.navSupport}
              </NavLink>
            </li>
          </ul>
        </nav>
        <LanguageToggle language={language} label={texts.common.languageGroupLabel} onChange={onLanguageChange} />
      </div>
    </header>
  );
}
