import { describe, expect, it } from 'vitest';
import { Vault } from '../../vault';
import { placeholder } from '../placeholder';

describe('placeholder', () => {
  it('numbers placeholders per label and repeats them for the same value', () => {
    const vault = new Vault({ aliasKey: 'k' });
    const text = "a@x.io b@x.io a@x.io Jane Doe's";
    const at = (start: number, end: number, label: 'NAME' | 'EMAIL') =>
      placeholder.apply({ text, start, end, label, recognizer: 'r', vault }).text;
    expect(at(0, 6, 'EMAIL')).toBe('[EMAIL_1]');
    expect(at(7, 13, 'EMAIL')).toBe('[EMAIL_2]');
    expect(at(14, 20, 'EMAIL')).toBe('[EMAIL_1]');
    expect(at(21, 31, 'NAME')).toBe("[NAME_1]'s");
    expect(vault.restore("[EMAIL_2] and [NAME_1]'s")).toBe("b@x.io and Jane Doe's");
  });
});
