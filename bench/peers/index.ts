/** The detectors compared by the engine benchmark, BlindHire first. */
import { blindhire } from './blindhire';
import { compromise } from './compromise';
import { openredaction } from './openredaction';
import { redactPii } from './redact-pii';
import type { Detector } from './types';

export const detectors: readonly Detector[] = [blindhire, redactPii, openredaction, compromise];
