export * from './run-action.js';
export * from './action-definition.js';
export * from './workflow-commands.js';
export * from './repo.js';
export * from './expressions.js';
