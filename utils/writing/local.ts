import type { LocalGenerator } from './runner';

/**
 * The in-browser model for writing help. Until the local-model host offers generation to the
 * service worker, the route reports the model as not loaded and the router falls back.
 */
export function localGenerator(): LocalGenerator {
  return {
    state: async () => 'unknown',
    generate: async () => {
      throw new Error('The in-browser model is not loaded.');
    },
  };
}
