export { environmentFit } from './environment-fit';
export { matchesVersionRule, compareVersions } from './version-rule';
export { termsOf } from './terms';
export { createArticleIndex } from './article-index';
export type { ArticleIndex, ArticleIndexOptions, LearnedTerms } from './article-index';
export { rankArticles } from './rank-articles';
export type { RankQuery, RankedArticle } from './rank-articles';
