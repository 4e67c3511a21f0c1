/**
 * The curated list of small instruction models the local pass can use. Ids and VRAM figures are
 * web-llm 0.2.86's prebuilt records (prebuiltAppConfig); download sizes are approximate.
 */

/** Weight quantisation: q4f16 needs the GPU's `shader-f16` feature, q4f32 runs everywhere. */
export type Quantization = 'q4f16' | 'q4f32';

/** One curated model variant. */
export interface CatalogModel {
  /** web-llm model id. */
  id: string;
  family: string;
  label: string;
  quantization: Quantization;
  /** Approximate GPU memory needed, MB (web-llm's vram_required_MB). */
  vramMB: number;
  /** Approximate download size, MB. */
  downloadMB: number;
  /** Higher is better at finding identifiers; used to pick the best model that fits. */
  quality: number;
}

const FAMILIES = [
  {
    family: 'SmolLM2-360M-Instruct',
    label: 'SmolLM2 360M',
    quality: 1,
    q4f16: [376, 270],
    q4f32: [580, 290],
  },
  {
    family: 'Qwen2.5-0.5B-Instruct',
    label: 'Qwen2.5 0.5B',
    quality: 2,
    q4f16: [945, 280],
    q4f32: [1060, 300],
  },
  {
    family: 'Llama-3.2-1B-Instruct',
    label: 'Llama 3.2 1B',
    quality: 3,
    q4f16: [879, 700],
    q4f32: [1129, 720],
  },
  {
    family: 'Qwen2.5-1.5B-Instruct',
    label: 'Qwen2.5 1.5B',
    quality: 4,
    q4f16: [1630, 870],
    q4f32: [1889, 900],
  },
] as const;

/** Every curated variant (four families, q4f16 and q4f32 each). */
export const CATALOG: readonly CatalogModel[] = FAMILIES.flatMap((f) =>
  (['q4f16', 'q4f32'] as const).map((q) => ({
    id: `${f.family}-${q}_1-MLC`,
    family: f.family,
    label: `${f.label} (${q})`,
    quantization: q,
    vramMB: f[q][0],
    downloadMB: f[q][1],
    quality: f.quality,
  })),
);

/** The curated entry for a model id, if any. */
export function findCatalogModel(id: string): CatalogModel | undefined {
  return CATALOG.find((m) => m.id === id);
}

/** Quantisation of any web-llm model id ("…-q4f32_1-MLC" → "q4f32"); undefined when not q4. */
export function quantizationOf(id: string): Quantization | undefined {
  const m = /-(q4f16|q4f32)_\d/.exec(id);
  return m ? (m[1] as Quantization) : undefined;
}
