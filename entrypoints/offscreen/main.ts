import { startOffscreenHost } from '@/utils/llm/offscreen';

/** Offscreen document: hosts the local model engine (see docs/LOCAL-MODEL.md). */
startOffscreenHost();
