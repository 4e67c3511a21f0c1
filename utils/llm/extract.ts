/**
 * One extraction call: prompt the model with the wrapped document, constrain the answer to the
 * entity schema, and parse it defensively. Offsets are NOT trusted from the model: the recognizer
 * computes them locally (utils/llm/recognizer.ts).
 */
import type { ExtractedEntity, GenerateRequest, GenerateResult } from './engine';
import { ModelOutputError } from './errors';
import { ENTITY_SCHEMA, LLM_LABELS, type LlmLabel, makeNonce, SYSTEM_PROMPT, wrapDocument } from './prompt';

const SYNONYMS: Record<string, LlmLabel> = {
  PERSON: 'NAME',
  PER: 'NAME',
  GPE: 'LOCATION',
  LOC: 'LOCATION',
  CITY: 'LOCATION',
  COUNTRY: 'LOCATION',
  ORGANIZATION_SCHOOL: 'SCHOOL',
  UNIVERSITY: 'SCHOOL',
  PHONE_NUMBER: 'PHONE',
  EMAIL_ADDRESS: 'EMAIL',
  NATIONALITY: 'NRP',
  RELIGION: 'NRP',
};
const MAX_ENTITY_CHARS = 300;

/** The request for one chunk of text. */
export function buildExtractionRequest(text: string, nonce = makeNonce(text)): GenerateRequest {
  return {
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: wrapDocument(text, nonce) },
    ],
    jsonSchema: ENTITY_SCHEMA,
    temperature: 0,
    maxTokens: 512,
  };
}

/** The first balanced {...} in a string (models sometimes add prose or code fences around JSON). */
function firstJsonObject(raw: string): string | null {
  const start = raw.indexOf('{');
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return raw.slice(start, i + 1);
  }
  return null;
}

function normaliseLabel(label: unknown): LlmLabel | null {
  if (typeof label !== 'string') return null;
  const up = label
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if ((LLM_LABELS as readonly string[]).includes(up)) return up as LlmLabel;
  return SYNONYMS[up] ?? null;
}

/**
 * Parses the model's answer into candidate entities; items of the wrong shape are dropped.
 * Throws {@link ModelOutputError} when there is no JSON at all.
 */
export function parseEntities(raw: string): ExtractedEntity[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    const obj = firstJsonObject(raw);
    try {
      data = obj ? JSON.parse(obj) : undefined;
    } catch {
      data = undefined;
    }
  }
  const list = Array.isArray(data) ? data : (data as { entities?: unknown } | undefined)?.entities;
  if (!Array.isArray(list)) throw new ModelOutputError('The local model answered with malformed JSON.');
  const out: ExtractedEntity[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const { text, label } = item as { text?: unknown; label?: unknown };
    const norm = normaliseLabel(label);
    if (typeof text !== 'string' || !norm) continue;
    const trimmed = text.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_ENTITY_CHARS) continue;
    out.push({ text: trimmed, label: norm });
  }
  return out;
}

/**
 * Runs one extraction through any `generate` function (web-llm or scripted).
 * @example const found = await extractEntitiesVia((r, s) => engine.generate(r, s), chunk, signal);
 */
export async function extractEntitiesVia(
  generate: (req: GenerateRequest, signal?: AbortSignal) => Promise<GenerateResult>,
  text: string,
  signal?: AbortSignal,
): Promise<ExtractedEntity[]> {
  const result = await generate(buildExtractionRequest(text), signal);
  return parseEntities(result.text);
}
