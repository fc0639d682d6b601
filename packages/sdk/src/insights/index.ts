export { environmentGroupOf, environmentLabel, majorVersion } from './environment-group';
export { describeInsight } from './describe-insight';
export type { InsightText } from './describe-insight';
export { formatDocsReport } from './format-docs-report';
