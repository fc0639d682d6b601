export { captureEnvironment, pageAddress } from './capture-environment';
export type { CaptureEnvironmentOptions } from './capture-environment';
export { parseUserAgent } from './parse-user-agent';
export type { ParsedUserAgent } from './parse-user-agent';
export { OS_NAMES, BROWSER_NAMES, UNKNOWN_NAME, OTHER_NAME } from './names';
