import { describe, expect, it } from 'vitest';
import { runEngineBench } from '../engine';
import type { Detector } from '../peers/types';

const fake = (id: string, detect: (text: string) => { start: number; end: number }[]): Detector => ({
  id,
  label: id,
  pkg: 'blindhire',
  load: async () => detect,
});

describe('engine section', () => {
  it('scores every library in one run and reports a broken one as an error row', {
    timeout: 60_000,
  }, async () => {
    const everything = fake('blindhire', (t) => [{ start: 0, end: t.length }]);
    const nothing = fake('nothing', () => []);
    const broken: Detector = {
      id: 'broken',
      label: 'broken',
      pkg: 'does-not-exist',
      load: async () => {
        throw new Error('cannot load');
      },
    };
    const flaky = fake('flaky', (t) => {
      if (t.length % 2) throw new Error('boom');
      return [];
    });
    const section = await runEngineBench([everything, nothing, broken, flaky], {
      minPasses: 1,
      maxPasses: 1,
    });
    expect(section.figures['blindhire.resumes-dotin.maskRecall']).toBe(1);
    expect(section.figures['blindhire.resumes-dotin.keepRate']).toBe(0);
    expect(section.figures['nothing.presidio-synth-v2.maskRecall']).toBe(0);
    expect(section.figures['broken.error']).toBe('Error: cannot load');
    expect(section.markdown).toMatch(/\| broken \| \? \| error: Error: cannot load/);
    expect(section.markdown).toMatch(/flaky threw on \d+ document\(s\)/);
    const target = (name: string) => section.targets!.find((t) => t.name === name);
    expect(target('mask recall above nothing, resumes-dotin')).toMatchObject({ value: 1, target: 0 });
    expect(target('job-relevant text kept (keepRate), resumes-dotin')?.value).toBe(0);
    expect(section.targets!.some((t) => t.name.includes('broken'))).toBe(false);
    expect(section.chart!.panels[0]!.categories.map((c) => c.label)).toEqual([
      'blindhire',
      'nothing',
      'broken',
      'flaky',
    ]);
  });
});
