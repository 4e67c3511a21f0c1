import { describe, expect, it } from 'vitest';
import { Vault } from '../../vault';
import { REDACTED, redact } from '../redact';

describe('redact', () => {
  it('replaces any span with [REDACTED] and keeps nothing', () => {
    const vault = new Vault();
    const text = 'returned from maternity leave';
    expect(
      redact.apply({ text, start: 0, end: text.length, label: 'PROXY', recognizer: 'llm', vault }),
    ).toEqual({
      text: REDACTED,
    });
    expect(REDACTED).toBe('[REDACTED]');
    expect(vault.size).toBe(0);
  });
});
