/** Operating systems that `parseUserAgent` tells apart. */
export const OS_NAMES = ['Windows', 'macOS', 'iOS', 'iPadOS', 'Android', 'Linux', 'ChromeOS'] as const;

/** Browsers that `parseUserAgent` tells apart. */
export const BROWSER_NAMES = ['Chrome', 'Edge', 'Firefox', 'Safari', 'Samsung Internet', 'Opera'] as const;

/** The name `parseUserAgent` gives when the user agent does not say: treat it as not detected. */
export const UNKNOWN_NAME = 'Unknown';

/** The name a customer picks when theirs is not in the list. */
export const OTHER_NAME = 'Other';
