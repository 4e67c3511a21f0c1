import { describe, expect, it } from 'vitest';
import { createModelDetector } from '../page-detector';
import { createLlmRecognizer } from '../recognizer';
import { ScriptedEngine } from '../scripted-engine';

describe('blind-mode model detector', () => {
  it('maps spans back to the page text runs they were found in', async () => {
    const engine = new ScriptedEngine();
    await engine.load('scripted');
    const detect = createModelDetector(createLlmRecognizer(engine));
    const texts = ['Dana Okafor', 'Volunteer: church youth leader', '', 'Mentor — Women in Tech mentor'];
    const spans = await detect(texts, new AbortController().signal);
    expect(spans).toHaveLength(4);
    expect(spans.map((list, i) => list.map((s) => texts[i]!.slice(s.start, s.end)))).toEqual([
      [],
      ['church youth leader'],
      [],
      ['Women in Tech mentor'],
    ]);
    expect(engine.calls).toHaveLength(1);
  });

  it('does nothing for empty pages', async () => {
    const engine = new ScriptedEngine();
    await engine.load('scripted');
    expect(
      await createModelDetector(createLlmRecognizer(engine))(['', ' '], new AbortController().signal),
    ).toEqual([[], []]);
    expect(engine.calls).toHaveLength(0);
  });
});
