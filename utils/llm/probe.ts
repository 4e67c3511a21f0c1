/**
 * WebGPU capability probe: adapter present or not, software fallback or not, `shader-f16`, the
 * adapter limits web-llm cares about, and the device memory hint. Runs in any extension context.
 */

/** What the device can do for the local model. Holds no identifier of the user. */
export interface Capability {
  webgpu: boolean;
  /** Why WebGPU is unusable, in plain words (only when webgpu is false). */
  reason?: string;
  /** A software (CPU) adapter such as SwiftShader: works, but slowly. */
  isFallbackAdapter: boolean;
  shaderF16: boolean;
  /** Bytes. */
  maxBufferSize: number;
  /** Bytes. */
  maxStorageBufferBindingSize: number;
  /** navigator.deviceMemory in GiB (Chrome caps it at 8), undefined when the browser hides it. */
  deviceMemoryGiB?: number;
  /** Adapter vendor and architecture (no serial numbers). */
  vendor?: string;
  architecture?: string;
}

interface GpuAdapterLike {
  features: { has(name: string): boolean };
  limits: { maxBufferSize: number; maxStorageBufferBindingSize: number };
  info?: { vendor?: string; architecture?: string; isFallbackAdapter?: boolean };
  isFallbackAdapter?: boolean;
}

/** The part of `navigator` the probe reads (a parameter so tests can pass a fake). */
export interface NavigatorLike {
  gpu?: { requestAdapter(options?: { powerPreference?: string }): Promise<GpuAdapterLike | null> };
  deviceMemory?: number;
}

const NONE = { isFallbackAdapter: false, shaderF16: false, maxBufferSize: 0, maxStorageBufferBindingSize: 0 };

/**
 * Probes WebGPU.
 * @example const cap = await probeCapability(); if (cap.webgpu && !cap.shaderF16) useQ4f32();
 */
export async function probeCapability(
  nav: NavigatorLike = globalThis.navigator as NavigatorLike,
): Promise<Capability> {
  const deviceMemoryGiB = typeof nav?.deviceMemory === 'number' ? nav.deviceMemory : undefined;
  if (!nav?.gpu) {
    return { webgpu: false, reason: 'This browser does not offer WebGPU.', deviceMemoryGiB, ...NONE };
  }
  let adapter: GpuAdapterLike | null = null;
  try {
    adapter = await nav.gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch {
    adapter = null;
  }
  if (!adapter) {
    return {
      webgpu: false,
      reason: 'WebGPU is present but no graphics adapter is available (blocked or disabled GPU).',
      deviceMemoryGiB,
      ...NONE,
    };
  }
  return {
    webgpu: true,
    isFallbackAdapter: Boolean(adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter),
    shaderF16: adapter.features.has('shader-f16'),
    maxBufferSize: Number(adapter.limits.maxBufferSize),
    maxStorageBufferBindingSize: Number(adapter.limits.maxStorageBufferBindingSize),
    deviceMemoryGiB,
    vendor: adapter.info?.vendor || undefined,
    architecture: adapter.info?.architecture || undefined,
  };
}

/** The capability in plain words for the options page. */
export function describeCapability(cap: Capability): string {
  if (!cap.webgpu) return `${cap.reason ?? 'WebGPU is not available.'} Detection uses the rule engine only.`;
  const gpu = cap.isFallbackAdapter
    ? 'a software graphics adapter (the processor does the work, so the model is slow)'
    : `a graphics adapter${cap.vendor ? ` (${cap.vendor}${cap.architecture ? ` ${cap.architecture}` : ''})` : ''}`;
  const f16 = cap.shaderF16
    ? 'supports 16-bit shaders'
    : 'has no 16-bit shaders, so 32-bit model variants are used';
  const mem = cap.deviceMemoryGiB ? `, about ${cap.deviceMemoryGiB} GB of memory` : '';
  const buf = Math.round(cap.maxBufferSize / 2 ** 20);
  return `This device has ${gpu}; it ${f16}${mem}; largest GPU buffer ${buf} MB.`;
}
