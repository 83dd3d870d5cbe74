/**
 * @kra/github-stand-in: GitHub's REST API for tests and the local workflow runner,
 * in-process, with every request and response validated against GitHub's published
 * OpenAPI description (@octokit/openapi). Never bundled.
 *
 *   const github = await startGitHubStandIn({ repositories: ['acme/shop'] });
 *   // GITHUB_API_URL=github.url, GITHUB_TOKEN=github.token
 *   expect(github.violations).toEqual([]);
 *   await github.stop();
 */
export * from './server.js';
export { OpenApiDescription } from './openapi.js';
export type { Operation, MatchedOperation } from './openapi.js';
export { StandInState } from './state.js';
export type { RepositoryFacts, RepositoryState } from './state.js';
export * from './routes/index.js';
export { user, repository, nodeId } from './objects.js';
