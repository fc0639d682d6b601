import { ROUTE_PATHS } from '../routes';
import type { Language, SiteTexts } from '../texts';
import { LanguageToggle } from './language-toggle';
import { NavLink } from './nav-link';
import { LogoMark } from './logo-mark';

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
          <LogoMark wave="#fff" />
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
            <li>
              <NavLink href={ROUTE_PATHS.help} currentPath={path}>
                {texts.common.navHelp}
              </NavLink>
            </li>
          </ul>
        </nav>
        <LanguageToggle language={language} label={texts.common.languageGroupLabel} onChange={onLanguageChange} />
      </div>
    </header>
  );
}
