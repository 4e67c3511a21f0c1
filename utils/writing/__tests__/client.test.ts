import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OpenAITestServer, startOpenAIServer } from '../../../tests/e2e/openai-server';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { endpointFor, testConnection } from '../client';

let server: OpenAITestServer;
beforeAll(async () => {
  server = await startOpenAIServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.setMode('ok');
  server.requests.length = 0;
});

const settings = () => ({
  ...DEFAULT_SETTINGS,
  provider: 'compatible' as const,
  baseUrl: server.baseUrl,
  model: 'test-model',
  apiKey: 'sk-test-key',
});

describe('testConnection', () => {
  it('finds the configured model and sends no user text', async () => {
    const r = await testConnection(endpointFor('cloud', settings()));
    expect(r).toEqual({ ok: true, message: 'Connected; model "test-model" found.' });
    expect(server.requests.map((q) => `${q.method} ${q.url}`)).toEqual(['GET /v1/models']);
  });

  it('says when the model is not offered', async () => {
    const r = await testConnection(endpointFor('cloud', { ...settings(), model: 'gpt-nope' }));
    expect(r.ok).toBe(false);
    expect(r.message).toContain('"gpt-nope" is not offered');
  });

  it('says when the key is wrong, without echoing it', async () => {
    const r = await testConnection(endpointFor('cloud', { ...settings(), apiKey: 'sk-wrong-secret' }));
    expect(r.ok).toBe(false);
    expect(r.message).toContain('API key was rejected');
    expect(r.message).not.toContain('sk-wrong-secret');
  });

  it('says when the endpoint is unreachable', async () => {
    const r = await testConnection(endpointFor('cloud', { ...settings(), baseUrl: 'http://127.0.0.1:9/v1' }));
    expect(r.message).toContain('Cannot reach');
  });

  it('uses the organisation endpoint settings for that route', () => {
    const ep = endpointFor('org-endpoint', {
      ...settings(),
      orgEndpointUrl: 'http://llm.corp/v1',
      orgEndpointModel: 'qwen',
    });
    expect(ep).toMatchObject({
      route: 'org-endpoint',
      baseUrl: 'http://llm.corp/v1',
      model: 'qwen',
      apiKey: '',
    });
  });
});
