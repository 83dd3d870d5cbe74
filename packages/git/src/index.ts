export * from './exec.js';
export * from './repository.js';
export * from './history.js';
export * from './base.js';
export * from './files-at-commits.js';
export * from './workspace-paths.js';
