export * from './interpolate.js';
export * from './dotenv.js';
export * from './load.js';
export * from './targets.js';
export * from './sources.js';
