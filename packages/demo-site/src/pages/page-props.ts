import type { SiteTexts } from '../texts';

/** What every page component receives. */
export interface PageProps {
  /** The site texts in the visitor's language. */
  texts: SiteTexts;
}
