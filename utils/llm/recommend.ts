import { CATALOG, type CatalogModel, type Quantization } from './catalog';
import type { Capability } from './probe';

/** A recommendation, with the reason in plain words. */
export interface Recommendation {
  model: CatalogModel | null;
  quantization: Quantization | null;
  reason: string;
}

/** web-llm's small ("low resource") models need a 128 MiB storage-buffer binding. */
const MIN_BINDING = 128 * 2 ** 20;
/** Share of the device memory hint the model may take. */
const MEMORY_SHARE = 0.4;
/** GiB assumed when the browser hides navigator.deviceMemory. */
const DEFAULT_MEMORY_GIB = 4;
/** A software adapter runs on the CPU: only the smallest model is usable there. */
const SOFTWARE_VRAM_CAP_MB = 600;

/**
 * Picks the best curated model that fits the device: q4f16 where `shader-f16` exists, else q4f32;
 * VRAM within a share of device memory; the smallest one on a software adapter.
 * @example recommendModel(cap).model?.id // "Qwen2.5-1.5B-Instruct-q4f16_1-MLC"
 */
export function recommendModel(cap: Capability, catalog: readonly CatalogModel[] = CATALOG): Recommendation {
  if (!cap.webgpu) {
    return { model: null, quantization: null, reason: cap.reason ?? 'WebGPU is not available.' };
  }
  if (cap.maxStorageBufferBindingSize < MIN_BINDING) {
    return {
      model: null,
      quantization: null,
      reason: 'The graphics adapter limits are too small for any model.',
    };
  }
  const quantization: Quantization = cap.shaderF16 ? 'q4f16' : 'q4f32';
  const budgetMB = cap.isFallbackAdapter
    ? SOFTWARE_VRAM_CAP_MB
    : (cap.deviceMemoryGiB ?? DEFAULT_MEMORY_GIB) * 1024 * MEMORY_SHARE;
  const fits = catalog
    .filter((m) => m.quantization === quantization && m.vramMB <= budgetMB)
    .sort((a, b) => b.quality - a.quality || a.vramMB - b.vramMB);
  const model = fits[0] ?? null;
  if (!model) {
    return {
      model: null,
      quantization,
      reason: `No curated ${quantization} model fits in about ${Math.round(budgetMB)} MB.`,
    };
  }
  const why = cap.isFallbackAdapter
    ? 'software adapter: the smallest model, and it will be slow'
    : `fits in about ${Math.round(budgetMB)} MB of graphics memory`;
  const q = cap.shaderF16 ? '16-bit shaders available' : 'no 16-bit shaders';
  return { model, quantization, reason: `${model.label}: ${why}; ${q}.` };
}
