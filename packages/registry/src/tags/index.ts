export * from './templates.js';
export * from './release.js';
export * from './environments.js';
export * from './retag.js';
export * from './first-contact.js';
export * from './release-images.js';
