import { z } from 'zod';
import { DEFAULT_SCORE_THRESHOLD, MASKED_ENTITY_TYPES } from '../detect/types';

/** An http(s) URL, or empty (meaning "not set"). */
export function isHttpUrlOrEmpty(value: string): boolean {
  if (value === '') return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A Chrome match pattern for web pages: `<all_urls>` or `scheme://host/path` with scheme http, https
 * or `*`, host `*`, `*.example.com` or `example.com` (optionally with a port), and any path.
 */
export const MATCH_PATTERN =
  /^(?:<all_urls>|(?:\*|https?):\/\/(?:\*|(?:\*\.)?[a-z0-9.-]+(?::\d{1,5})?)\/.*)$/i;

const httpUrl = (max: number) =>
  z.string().max(max).refine(isHttpUrlOrEmpty, { message: 'Must be an http(s) URL or empty.' });

/** Routes a writing-help task can take (issue: writing help). */
export const ROUTES = ['local-model', 'org-endpoint', 'cloud'] as const;
export type Route = (typeof ROUTES)[number];

/**
 * Every setting, declared once: type, validation, default and help text. The value in force comes
 * from enterprise policy (chrome.storage.managed) first, then the user's choice, then the default.
 * public/managed_schema.json is generated from this declaration (see utils/settings/managed-schema.ts).
 */
export const settingsShape = {
  blindModeEnabled: z.boolean().default(true).describe('Blind mode is on for recruiting sites.'),
  blindModeForced: z
    .boolean()
    .default(false)
    .describe('Blind mode cannot be turned off by the user (policy use).'),
  customSites: z
    .array(
      z
        .string()
        .min(1)
        .max(200)
        .regex(MATCH_PATTERN, { message: 'Must be a match pattern such as "https://jobs.example.com/*".' }),
    )
    .max(200)
    .default([])
    .describe('Extra sites where blind mode runs, as match patterns such as "https://jobs.example.com/*".'),
  maskedTypes: z
    .array(z.enum(MASKED_ENTITY_TYPES))
    .default([...MASKED_ENTITY_TYPES])
    .describe('Identifier types that are masked.'),
  revealPolicy: z
    .enum(['allowed', 'reason-required', 'disabled'])
    .default('reason-required')
    .describe('Whether recruiters may reveal masked items, and whether they must give a reason.'),
  orgKey: z
    .string()
    .max(256)
    .default('')
    .describe('Organisation key for pseudonyms: every recruiter with the same key sees the same alias.'),
  cloudAllowed: z.boolean().default(true).describe('Cloud writing help may be used (masked text only).'),
  allowedRoutes: z
    .array(z.enum(ROUTES))
    .default([...ROUTES])
    .describe('Routes writing help may use.'),
  provider: z.enum(['openai', 'azure', 'compatible']).default('openai').describe('Cloud provider preset.'),
  baseUrl: httpUrl(500).default('https://api.openai.com/v1').describe('Cloud API base URL.'),
  model: z.string().max(200).default('gpt-4o-mini').describe('Cloud model name.'),
  apiKey: z.string().max(500).default('').describe('Cloud API key, stored on this device only.'),
  orgEndpointUrl: httpUrl(500)
    .default('')
    .describe("The organisation's own OpenAI-compatible endpoint (vLLM, Ollama) on its network."),
  orgEndpointModel: z.string().max(200).default('').describe('Model name on the organisation endpoint.'),
  orgEndpointUnmasked: z
    .boolean()
    .default(false)
    .describe('Unmasked text may go to the organisation endpoint.'),
  localModelAllowed: z.boolean().default(true).describe('The in-browser language model may be used.'),
  localModelId: z
    .string()
    .max(200)
    .default('')
    .describe('In-browser model id; empty picks the recommended one for the device.'),
  modelList: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        url: httpUrl(500),
        libUrl: httpUrl(500),
      }),
    )
    .max(50)
    .default([])
    .describe('Custom in-browser model list (id, weights URL, model library URL).'),
  modelBaseUrl: httpUrl(500).default('').describe('Mirror for model weights, replacing the public host.'),
  scoreThreshold: z
    .number()
    .min(0)
    .max(1)
    .default(DEFAULT_SCORE_THRESHOLD)
    .describe('Minimum detection score to mask.'),
  allowTerms: z.array(z.string().max(200)).max(5000).default([]).describe('Terms never masked.'),
  denyTerms: z.array(z.string().max(200)).max(5000).default([]).describe('Terms always masked.'),
  gateAction: z
    .enum(['block', 'mask'])
    .default('block')
    .describe('What the privacy gate does when an identifier is found in an outgoing request.'),
  retentionDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(30)
    .describe('Days to keep drafts, vault entries and audit records.'),
} as const;

export const settingsSchema = z.object(settingsShape);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

/** The defaults, straight from the declaration. */
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
