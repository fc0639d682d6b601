import type { SiteTexts } from '../texts';

/** The footer of every page: the company's (fictional) address and registration. */
export function SiteFooter({ texts }: { texts: SiteTexts }) {
  const { company, addressLines, kvk, demoNote } = texts.footer;
  return (
    <footer class="site-footer">
      <div class="container">
        <address>
          <strong>{company}</strong>
          {addressLines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </address>
        <p>{kvk}</p>
        <p class="site-footer-note">{demoNote}</p>
      </div>
    </footer>
  );
}
