export { environmentFit } from './environment-fit';
export { matchesVersionRule, compareVersions } from './version-rule';
export { termsOf, chunksOf } from './terms';
export { createArticleIndex } from './article-index';
export type { ArticleIndex, ArticleIndexOptions, LearnedTerms } from './article-index';
export { rankArticles, SUGGESTION_MIN_COVERAGE } from './rank-articles';
export type { RankQuery, RankedArticle } from './rank-articles';
export { learnFromOutcomes } from './learn-from-outcomes';
export type { OutcomeEvidence } from './learn-from-outcomes';
