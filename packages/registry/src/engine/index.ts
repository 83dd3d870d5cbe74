export * from './engine.js';
export * from './push.js';
