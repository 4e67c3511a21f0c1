import { describe, expect, it } from 'vitest';
import { CATALOG, quantizationOf } from '../catalog';
import { type Capability, describeCapability, type NavigatorLike, probeCapability } from '../probe';
import { recommendModel } from '../recommend';

const MiB = 2 ** 20;
const gpu = (over: Partial<Capability> = {}): Capability => ({
  webgpu: true,
  isFallbackAdapter: false,
  shaderF16: true,
  maxBufferSize: 2048 * MiB,
  maxStorageBufferBindingSize: 2048 * MiB,
  deviceMemoryGiB: 8,
  ...over,
});

function fakeNavigator(adapter: unknown, deviceMemory?: number): NavigatorLike {
  return { gpu: { requestAdapter: async () => adapter as never }, deviceMemory };
}

describe('catalog', () => {
  it('has the four curated families in q4f16 and q4f32', () => {
    expect(CATALOG).toHaveLength(8);
    for (const fam of ['SmolLM2-360M', 'Qwen2.5-0.5B', 'Qwen2.5-1.5B', 'Llama-3.2-1B']) {
      const ids = CATALOG.filter((m) => m.id.startsWith(fam)).map((m) => quantizationOf(m.id));
      expect(ids.sort()).toEqual(['q4f16', 'q4f32']);
    }
  });
});

describe('probeCapability', () => {
  it('reports no WebGPU when navigator.gpu is missing', async () => {
    const cap = await probeCapability({ deviceMemory: 4 });
    expect(cap.webgpu).toBe(false);
    expect(cap.reason).toMatch(/does not offer WebGPU/);
    expect(describeCapability(cap)).toMatch(/rule engine only/);
  });

  it('reports no adapter when requestAdapter returns null or throws', async () => {
    expect((await probeCapability(fakeNavigator(null))).webgpu).toBe(false);
    const throwing: NavigatorLike = { gpu: { requestAdapter: () => Promise.reject(new Error('x')) } };
    expect((await probeCapability(throwing)).reason).toMatch(/no graphics adapter/);
  });

  it('reads features, limits, fallback flag and device memory (SwiftShader-like adapter)', async () => {
    const adapter = {
      features: new Set<string>(),
      limits: { maxBufferSize: 1024 * MiB, maxStorageBufferBindingSize: 1024 * MiB },
      info: { vendor: 'google', architecture: 'swiftshader', isFallbackAdapter: true },
    };
    const cap = await probeCapability(fakeNavigator(adapter, 8));
    expect(cap).toMatchObject({
      webgpu: true,
      isFallbackAdapter: true,
      shaderF16: false,
      deviceMemoryGiB: 8,
    });
    expect(cap.maxBufferSize).toBe(1024 * MiB);
    expect(describeCapability(cap)).toMatch(/software graphics adapter.*32-bit/);
  });
});

describe('recommendModel', () => {
  it('picks the best q4f16 model that fits a GPU with shader-f16 and 8 GB', () => {
    expect(recommendModel(gpu()).model?.id).toBe('Qwen2.5-1.5B-Instruct-q4f16_1-MLC');
  });

  it('chooses q4f32 variants without shader-f16', () => {
    const r = recommendModel(gpu({ shaderF16: false }));
    expect(r.quantization).toBe('q4f32');
    expect(r.model?.id).toMatch(/-q4f32_1-MLC$/);
  });

  it('takes a smaller model on a small device', () => {
    expect(recommendModel(gpu({ deviceMemoryGiB: 2 })).model?.id).toBe('SmolLM2-360M-Instruct-q4f16_1-MLC');
    const mid = recommendModel(gpu({ deviceMemoryGiB: 4, shaderF16: false })).model!;
    expect(mid.vramMB).toBeLessThanOrEqual(4 * 1024 * 0.4);
  });

  it('takes the smallest q4f32 model on a software adapter', () => {
    const r = recommendModel(gpu({ isFallbackAdapter: true, shaderF16: false }));
    expect(r.model?.id).toBe('SmolLM2-360M-Instruct-q4f32_1-MLC');
    expect(r.reason).toMatch(/slow/);
  });

  it('recommends nothing without WebGPU or with tiny limits', () => {
    expect(recommendModel({ ...gpu(), webgpu: false, reason: 'none' }).model).toBeNull();
    expect(recommendModel(gpu({ maxStorageBufferBindingSize: 64 * MiB })).model).toBeNull();
  });
});
