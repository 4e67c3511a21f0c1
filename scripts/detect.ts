/**
 * `npm run --silent detect`: JSON lines in, spans out, under the default blind-hiring policy.
 * Reads {"id","text"} records on stdin (one a line, streamed) and writes one line per record,
 * {"id","spans":[{"start","end","label","score"}]}, with UTF-16 offsets, end exclusive.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { analyze } from '../utils/detect/analyze';

export const HELP = `Usage: npm run --silent detect < input.jsonl > output.jsonl

Reads JSON lines {"id": string|number, "text": string} on stdin and writes, for each record,
one line {"id", "spans": [{"start", "end", "label", "score"}]} on stdout: what BlindHire masks
under the default policy. Offsets are UTF-16 code units (JavaScript string offsets), end exclusive.

Blank lines are skipped. A bad line (not JSON, not an object, no string "text", id not a string or
number) is reported on stderr with its line number and skipped; the other lines are still processed.

Exit status: 0 when every line was good, 1 when at least one line was bad, 2 on a usage error.`;

/** Why a line cannot be processed, or the record it holds. */
export function parseLine(line: string): { id: string | number; text: string } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    // Only the position from the parser's message: the message may quote the line's text.
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    return { error: at ? `not valid JSON (at character ${Number(at) + 1})` : 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'expected a JSON object {"id", "text"}' };
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return { error: '"id" must be a string or a number' };
  }
  if (typeof text !== 'string') return { error: '"text" must be a string' };
  return { id, text };
}

/** Writes respecting back-pressure, so a slow reader never makes us buffer everything. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

/**
 * Processes a stream of JSON lines. Returns the number of bad lines.
 * @example await runDetect(process.stdin, process.stdout, process.stderr)
 */
export async function runDetect(input: Readable, output: Writable, errors: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let bad = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    const record = parseLine(line);
    if ('error' in record) {
      bad++;
      // Never echo the line itself: it may hold a candidate's data.
      errors.write(`detect: line ${lineNo}: ${record.error}; skipped\n`);
      continue;
    }
    const spans = analyze(record.text).map(({ start, end, label, score }) => ({ start, end, label, score }));
    await write(output, `${JSON.stringify({ id: record.id, spans })}\n`);
  }
  return bad;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (args.length) {
    process.stderr.write(`detect: unknown argument ${JSON.stringify(args[0])}\n\n${HELP}\n`);
    process.exitCode = 2;
    return;
  }
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as other filters do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  const bad = await runDetect(process.stdin, process.stdout, process.stderr);
  if (bad) {
    process.stderr.write(`detect: ${bad} bad line(s)\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
