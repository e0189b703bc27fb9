/** The core's public face: pure logic on a `Document`, the same in the browser and in Node. */
export { detectArticle } from './detect.ts';
export { findClutter } from './clutter/index.ts';
export { extractArticle } from './extract.ts';
export { summarize } from './summarize.ts';
export { analyzePage, noArticleReason, toRemovedBlocks, type NoArticle, type PageAnalysis } from './analyze.ts';
export * from './types.ts';
