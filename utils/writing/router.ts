import type { Route, Settings } from '../settings/schema';
import { type Sensitivity, TASKS, type TaskId } from './tasks';

/** Where a task can run: the three model routes, or on the device with no model (device-only tasks). */
export type RouteOrDevice = Route | 'device';

/** Whether the in-browser model can generate right now (from utils/llm status). */
export type LocalModelState = 'ready' | 'not-downloaded' | 'unsupported' | 'unknown';

export interface RouteStatus {
  route: Route;
  /** Policy and settings allow it and it is configured/ready. */
  available: boolean;
  /** Plain-words reason shown next to the route ("turned off by your organisation", "no API key"). */
  reason: string;
  /** May this route receive unmasked text? */
  unmasked: boolean;
}

export interface RouteDecision {
  /** The route that will handle the task, or undefined if none can. */
  route?: RouteOrDevice;
  /** Why this route was chosen, in plain words (shown in the UI). */
  why: string;
  /** Status of every route, in the order tried. */
  statuses: RouteStatus[];
}

/** Route preference by sensitivity: sensitive work stays as close to the device as possible. */
export const PREFERENCE: Record<Exclude<Sensitivity, 'device'>, Route[]> = {
  high: ['local-model', 'org-endpoint', 'cloud'],
  normal: ['cloud', 'org-endpoint', 'local-model'],
};

const LABEL: Record<Route, string> = {
  'local-model': 'In-browser model',
  'org-endpoint': 'Organisation endpoint',
  cloud: 'Cloud provider',
};

/** Human label of a route. */
export function routeLabel(route: RouteOrDevice): string {
  return route === 'device' ? 'This device (no model)' : LABEL[route];
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Status of one route under the settings in force.
 * @example routeStatus('cloud', settings, 'unknown') // { available: false, reason: 'unavailable: turned off by your organisation', ... }
 */
export function routeStatus(route: Route, s: Settings, local: LocalModelState): RouteStatus {
  const off = (reason: string): RouteStatus => ({
    route,
    available: false,
    reason: `unavailable: ${reason}`,
    unmasked: false,
  });
  if (!s.allowedRoutes.includes(route)) return off('not allowed by policy');
  if (route === 'cloud') {
    if (!s.cloudAllowed) return off('turned off by your organisation');
    if (!isHttpUrl(s.baseUrl)) return off('no valid base URL');
    if (!s.model.trim()) return off('no model set');
    if (!s.apiKey && s.provider !== 'compatible') return off('no API key');
    return { route, available: true, reason: 'available (masked text only)', unmasked: false };
  }
  if (route === 'org-endpoint') {
    if (!s.orgEndpointUrl) return off('not configured');
    if (!isHttpUrl(s.orgEndpointUrl)) return off('invalid URL');
    if (!s.orgEndpointModel.trim()) return off('no model set');
    return {
      route,
      available: true,
      reason: s.orgEndpointUnmasked
        ? 'available (may receive unmasked text)'
        : 'available (masked text only)',
      unmasked: s.orgEndpointUnmasked,
    };
  }
  if (!s.localModelAllowed) return off('turned off by your organisation');
  if (local === 'ready')
    return { route, available: true, reason: 'available (stays on this device)', unmasked: true };
  if (local === 'unsupported') return off('this device cannot run it (no WebGPU)');
  if (local === 'not-downloaded') return off('model not downloaded');
  return off('model not loaded');
}

/**
 * Chooses the route for a task: the first available route in the task's preference order. When the
 * preferred route is unavailable, the decision says which one was skipped and why.
 * @example chooseRoute('polish', settings, 'not-downloaded').why // "In-browser model unavailable: model not downloaded; ..."
 */
export function chooseRoute(task: TaskId, s: Settings, local: LocalModelState): RouteDecision {
  const sensitivity = TASKS[task].sensitivity;
  if (sensitivity === 'device') {
    const statuses = (['local-model', 'org-endpoint', 'cloud'] as const).map((r) => routeStatus(r, s, local));
    return { route: 'device', why: 'This check runs only on this device; nothing is sent.', statuses };
  }
  const order = PREFERENCE[sensitivity];
  const statuses = order.map((r) => routeStatus(r, s, local));
  const chosen = statuses.find((st) => st.available);
  const skipped = statuses
    .slice(0, chosen ? statuses.indexOf(chosen) : statuses.length)
    .map((st) => `${LABEL[st.route]} ${st.reason}`);
  const pref =
    sensitivity === 'high'
      ? 'whole documents stay as close to the device as possible'
      : 'short snippets go to the best writing model';
  if (!chosen) return { why: `No route can handle this task. ${skipped.join('; ')}.`, statuses };
  const why =
    skipped.length === 0
      ? `${LABEL[chosen.route]} handles this: first choice for this task (${pref}).`
      : `${LABEL[chosen.route]} handles this because ${skipped.join('; ')}.`;
  return { route: chosen.route, why, statuses };
}

/** The next available route after `failed`, for a fallback after a connection failure. */
export function nextRoute(decision: RouteDecision, failed: Route): Route | undefined {
  const idx = decision.statuses.findIndex((st) => st.route === failed);
  return decision.statuses.slice(idx + 1).find((st) => st.available)?.route;
}
