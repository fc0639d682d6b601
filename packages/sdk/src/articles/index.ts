export { markdownToTree } from './markdown-to-tree';
export { treeText } from './tree-text';
export { safeHref, ARTICLE_LINK_PROTOCOLS } from './safe-href';
