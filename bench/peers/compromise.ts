/** compromise 14.17.0: people, places, e-mails, phone numbers and URLs, with its own offsets. */
import type { Detector, PeerSpan } from './types';

interface OffsetOut {
  offset: { start: number; length: number };
}

export const compromise: Detector = {
  id: 'compromise',
  label: 'compromise (people, places, #Email, #PhoneNumber, #Url)',
  pkg: 'compromise',
  async load() {
    const nlp = (await import('compromise')).default;
    return (text) => {
      const doc = nlp(text);
      const views: Array<[string, { out(format: 'offset'): unknown }]> = [
        ['NAME', doc.people()],
        ['LOCATION', doc.places()],
        ['EMAIL', doc.match('#Email')],
        ['PHONE', doc.match('#PhoneNumber')],
        ['URL', doc.match('#Url')],
      ];
      const spans: PeerSpan[] = [];
      for (const [label, view] of views) {
        for (const m of view.out('offset') as OffsetOut[]) {
          spans.push({ start: m.offset.start, end: m.offset.start + m.offset.length, label });
        }
      }
      return spans;
    };
  },
};
