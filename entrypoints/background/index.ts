import { defineBackground } from '#imports';
import { setUpBlindMode } from '@/utils/blind/background';
import { setUpLocalModel } from '@/utils/llm/background';
import { setUpSettings } from '@/utils/settings/background';
import { setUpWritingHelp } from '@/utils/writing/background';

/** Background service worker: wires handlers only; logic lives in utils/. */
export default defineBackground({
  type: 'module',
  main() {
    void setUpSettings();
    setUpWritingHelp();
    setUpLocalModel();
    setUpBlindMode();
  },
});
