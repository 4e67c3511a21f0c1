import { defineContentScript } from '#imports';

/** Blind mode content script: chooses a site adapter and starts the masker. */
export default defineContentScript({
  matches: ['*://*.linkedin.com/*', '*://*.greenhouse.io/*', '*://*.lever.co/*'],
  runAt: 'document_start',
  allFrames: true,
  main() {},
});
