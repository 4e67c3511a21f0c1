import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** Runs the CLI as a user would, feeding `input` on stdin. */
function run(
  input: string | string[],
  args: string[] = [],
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['scripts/detect.ts', ...args], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    for (const piece of Array.isArray(input) ? input : [input]) child.stdin.write(piece);
    child.stdin.end();
  });
}

const parse = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map(
      (l) =>
        JSON.parse(l) as {
          id: string | number;
          spans: { start: number; end: number; label: string; score: number }[];
        },
    );

describe('npm run detect', { timeout: 90_000 }, () => {
  it('writes one line per record with UTF-16 offsets and labels', async () => {
    const text = '😀 Mail dana.kowalski@example.org now';
    const { code, out, err } = await run(
      `${JSON.stringify({ id: 'r1', text })}\n${JSON.stringify({ id: 7, text: '' })}\n`,
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const [a, b] = parse(out);
    expect(a!.id).toBe('r1');
    const email = a!.spans.find((s) => s.label === 'EMAIL')!;
    expect(text.slice(email.start, email.end)).toBe('dana.kowalski@example.org');
    expect(Object.keys(email).sort()).toEqual(['end', 'label', 'score', 'start']);
    expect(b).toEqual({ id: 7, spans: [] });
  });

  it('names bad lines on stderr, processes the others and exits non-zero', async () => {
    const lines = [
      JSON.stringify({ id: 'ok1', text: 'call +1 415 555 0100' }),
      '{"id": "broken", "text": "secret@example.org"',
      '',
      JSON.stringify({ id: 'x' }),
      '[1, 2]',
      JSON.stringify({ id: null, text: 'a' }),
      JSON.stringify({ id: 'ok2', text: 'nothing here' }),
    ];
    const { code, out, err } = await run(`${lines.join('\r\n')}\r\n`);
    expect(code).toBe(1);
    expect(parse(out).map((r) => r.id)).toEqual(['ok1', 'ok2']);
    expect(err).toMatch(/line 2: not valid JSON/);
    expect(err).toMatch(/line 4: "text" must be a string/);
    expect(err).toMatch(/line 5: expected a JSON object/);
    expect(err).toMatch(/line 6: "id" must be a string or a number/);
    expect(err).not.toMatch(/line 3/);
    expect(err).not.toContain('secret@example.org');
  });

  it('streams a 5 MB line between small ones, fed in pieces', async () => {
    const big = 'lorem ipsum dolor sit amet '.repeat(200_000).slice(0, 5_000_000);
    const record = JSON.stringify({ id: 'big', text: `${big} reach me at ola.nordmann@example.no` });
    const pieces = [`${JSON.stringify({ id: 'a', text: 'x' })}\n`];
    for (let i = 0; i < record.length; i += 65_536) pieces.push(record.slice(i, i + 65_536));
    pieces.push(`\n${JSON.stringify({ id: 'z', text: 'y' })}\n`);
    const { code, out } = await run(pieces);
    expect(code).toBe(0);
    const records = parse(out);
    expect(records.map((r) => r.id)).toEqual(['a', 'big', 'z']);
    expect(records[1]!.spans.some((s) => s.label === 'EMAIL' && s.start > 4_999_000)).toBe(true);
  });

  it('stops quietly when its reader closes the pipe early (| head -1)', async () => {
    const { code, err, lines } = await new Promise<{ code: number | null; err: string; lines: string }>(
      (resolve, reject) => {
        const child = spawn(tsx, ['scripts/detect.ts'], { cwd: root });
        let err = '';
        let lines = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => {
          err += d;
        });
        child.stdout.setEncoding('utf8').once('data', (d: string) => {
          lines = d;
          child.stdout.destroy(); // the reader goes away after its first line
        });
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, err, lines }));
        // Far more than a pipe holds: the CLI is still writing when the reader has gone.
        const record = `${JSON.stringify({ id: 1, text: 'Call Dana Kowalski on 020 7946 0958.' })}\n`;
        child.stdin.on('error', () => {}); // the CLI may exit before all of this is written
        child.stdin.end(record.repeat(20_000));
      },
    );
    expect(lines).toContain('"id":1');
    expect(err).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  it('documents the exit status in --help', async () => {
    const { code, out } = await run('', ['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/Exit status: 0 when every line was good, 1 when at least one line was bad/);
    const bad = await run('', ['--frobnicate']);
    expect(bad.code).toBe(2);
  });
});
