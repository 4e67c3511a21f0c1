import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreEngine } from '../quality';

describe('scoreEngine', () => {
  it('scores the engine on a corpus file with the reference scorer', async () => {
    const text = 'Meda Cronin  Software Engineer  meda.cronin@example.com  Bangalore, Karnataka';
    const span = (s: string, label: string) => ({
      start: text.indexOf(s),
      end: text.indexOf(s) + s.length,
      label,
    });
    const record = {
      id: 'r1',
      text,
      spans: [
        span('Meda Cronin', 'NAME'),
        span('meda.cronin@example.com', 'EMAIL'),
        span('Bangalore, Karnataka', 'LOCATION'),
        span('Software Engineer', 'DESIGNATION'),
      ],
    };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bh-quality-')), 'gold.jsonl');
    fs.writeFileSync(file, `${JSON.stringify(record)}\n`);
    const r = await scoreEngine(file);
    expect(r.records).toBe(1);
    expect(r.missing).toBe(0);
    expect(r.recall.NAME?.value).toBe(1);
    expect(r.recall.EMAIL?.value).toBe(1);
    expect(r.recall.LOCATION?.value).toBe(1);
    expect(r.kept.DESIGNATION?.value).toBe(1);
    expect(r.token.f2).toBeGreaterThan(0.9);
  });
});
