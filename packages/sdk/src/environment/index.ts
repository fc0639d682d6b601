export { captureEnvironment } from './capture-environment';
export type { CaptureEnvironmentOptions } from './capture-environment';
export { parseUserAgent } from './parse-user-agent';
export type { ParsedUserAgent } from './parse-user-agent';
