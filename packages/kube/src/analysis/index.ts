export * from './condition.js';
export * from './config.js';
export * from './measurement.js';
export * from './prometheus.js';
export * from './http.js';
export * from './run.js';
