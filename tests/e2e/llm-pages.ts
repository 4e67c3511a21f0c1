import type { Page } from '@playwright/test';

/**
 * Drives the engine host's port protocol (utils/llm/protocol.ts) from an extension page, the way
 * utils/llm/client.ts does: ensure the host through the service worker, open a port, send a call;
 * if the port drops, ensure the host again and re-send the SAME id and the SAME input.
 * Returns what happened, in order, so a test can assert on reconnections and the final answer.
 */
export async function startHostCall(page: Page, key: string, op: string, args: unknown): Promise<void> {
  await page.evaluate(
    ({ key, op, args }) => {
      type Ev = { t: number; what: string; value?: unknown };
      const log: Ev[] = [];
      const w = window as unknown as Record<string, unknown>;
      w[`log:${key}`] = log;
      const id = `e2e-${key}`;
      const attempt = async (n: number): Promise<void> => {
        const ensured = await chrome.runtime.sendMessage({ type: 'bh-llm:ensure-host' });
        log.push({ t: performance.now(), what: 'ensured', value: ensured });
        await new Promise<void>((resolve) => {
          const port = chrome.runtime.connect({ name: 'bh-llm-host' });
          port.onMessage.addListener(
            (m: { kind: string; value?: unknown; error?: unknown; progress?: unknown }) => {
              log.push({ t: performance.now(), what: m.kind, value: m.value ?? m.error ?? m.progress });
              if (m.kind === 'result' || m.kind === 'error') {
                port.disconnect();
                resolve();
              }
            },
          );
          port.onDisconnect.addListener(() => {
            void chrome.runtime.lastError;
            log.push({ t: performance.now(), what: 'disconnected' });
            if (n >= 3) {
              log.push({ t: performance.now(), what: 'gave-up' });
              resolve();
            } else void attempt(n + 1).then(resolve);
          });
          port.postMessage({ kind: 'call', id, op, args });
        });
      };
      void attempt(0);
    },
    { key, op, args },
  );
}

export interface HostEvent {
  t: number;
  what: string;
  value?: unknown;
}

/** The events of a call started with {@link startHostCall}. */
export function hostLog(page: Page, key: string): Promise<HostEvent[]> {
  return page.evaluate((key) => (window as unknown as Record<string, HostEvent[]>)[`log:${key}`] ?? [], key);
}

/** Waits until the call's log has an event of one of these kinds. */
export async function waitForHostEvent(
  page: Page,
  key: string,
  kinds: string[],
  timeout = 30_000,
): Promise<HostEvent[]> {
  await page.waitForFunction(
    ({ key, kinds }) =>
      ((window as unknown as Record<string, Array<{ what: string }>>)[`log:${key}`] ?? []).some((e) =>
        kinds.includes(e.what),
      ),
    { key, kinds },
    { timeout },
  );
  return hostLog(page, key);
}
