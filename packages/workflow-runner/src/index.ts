/**
 * @kra/workflow-runner: runs GitHub workflow files locally (jobs in needs order, expressions,
 * reusable workflows, environments with approvals and scoped secrets, concurrency), with
 * this suite's actions from their bundles. Never bundled.
 */
export * from './run.js';
export * from './reporter.js';
export * from './concurrency.js';
export * from './settings.js';
export * from './approval.js';
export { evaluateExpression, evaluateCondition, ExpressionError } from './expressions.js';
export { loadWorkflow, WorkflowError } from './workflow-file.js';
export type { WorkflowModel, JobModel } from './workflow-file.js';
export { renderMarkdown } from './terminal-markdown.js';
export { main } from './cli.js';
