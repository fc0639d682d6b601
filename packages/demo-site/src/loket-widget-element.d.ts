import type { HTMLAttributes } from 'preact';

// <loket-widget> in this site's JSX, with the attributes it reads (see the element's documentation),
// added to preact's JSX elements as its TypeScript guide shows.
declare global {
  namespace preact.JSX {
    interface IntrinsicElements {
      'loket-widget': HTMLAttributes<HTMLElement> & {
        site: string;
        api?: string;
        locale?: string;
        mode?: 'inline';
        topic?: string;
        theme?: 'light' | 'dark' | 'system';
      };
    }
  }
}
