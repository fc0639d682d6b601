import type { ComponentChildren } from 'preact';

interface NavLinkProps {
  href: string;
  /** The path of the page being shown; the link to it is marked as the current page. */
  currentPath: string;
  children: ComponentChildren;
}

/** A link in the main menu, announced as the current page when it points at the page being shown. */
export function NavLink({ href, currentPath, children }: NavLinkProps) {
  return (
    <a href={href} aria-current={href === currentPath ? 'page' : undefined}>
      {children}
    </a>
  );
}
