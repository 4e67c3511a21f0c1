import './style.css';
import { defineContentScript } from '#imports';
import { startBlindMode } from '@/utils/blind/start';
import { contentScriptMatches } from '@/utils/sites';

/** Blind mode content script: hides candidate content from document_start and masks it in place. */
export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    startBlindMode(ctx);
  },
});
