/** @openredaction/openredaction 1.0.4 with its defaults; it reports the offsets of its findings. */
import type { Detector, PeerSpan } from './types';

export const openredaction: Detector = {
  id: 'openredaction',
  label: '@openredaction/openredaction (defaults)',
  pkg: '@openredaction/openredaction',
  async load() {
    const { OpenRedaction } = await import('@openredaction/openredaction');
    const detector = new OpenRedaction();
    return (text) => {
      const spans: PeerSpan[] = [];
      for (const d of detector.detect(text).detections) {
        let [start, end] = d.position;
        // Trust the offsets only when they point at the value; otherwise find the value.
        if (text.slice(start, end) !== d.value) {
          start = text.indexOf(d.value);
          end = start + d.value.length;
        }
        if (start >= 0 && end > start) spans.push({ start, end, label: d.type });
      }
      return spans;
    };
  },
};
