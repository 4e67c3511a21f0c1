import type { EntityType } from '../detect/types';
import type { ErrorKind } from './client';
import type { MaskChoices } from './mask';
import type { RouteOrDevice, RouteStatus } from './router';
import type { TaskId } from './tasks';

/** Name of the port between a writing-help page (popup, side panel) and the service worker. */
export const WRITING_PORT = 'bh-writing';

/** Storage key (session area) for text taken from a page selection, waiting for the side panel. */
export const PENDING_SELECTION_KEY = 'bh:writing:pending';

/** What a page asks the service worker to run. Originals travel only inside the extension. */
export interface StartRequest {
  draftId: string;
  task: TaskId;
  text: string;
  jobDescription?: string;
  targetWords?: number;
  choices: MaskChoices;
  /** The masked text the user saw in the preview: the worker re-masks and sends only if identical. */
  previewMasked: string;
  previewJobDescription?: string;
}

export type ClientMessage =
  | { type: 'start'; request: StartRequest }
  | { type: 'attach'; draftId: string }
  | { type: 'cancel'; draftId: string };

export type RunStatus = 'streaming' | 'done' | 'error' | 'cancelled';

/** A run as the UI shows it. `output` is restored on the device (it never leaves the extension). */
export interface RunSnapshot {
  draftId: string;
  status: RunStatus;
  route?: RouteOrDevice;
  why?: string;
  statuses?: RouteStatus[];
  model?: string;
  output: string;
  error?: string;
  errorKind?: ErrorKind | 'gate' | 'preview-changed' | 'no-route' | 'local-model';
  invented?: string[];
  dropped?: string[];
  newIdentifiers?: { start: number; end: number; label: EntityType }[];
  /** Audit id of the receipt ("what was sent"). */
  auditId?: number;
  /** The gate masked something the preview did not (gateAction "mask"). */
  gateMasked?: boolean;
}

export type WorkerMessage =
  | { type: 'snapshot'; snapshot: RunSnapshot }
  | { type: 'unknown'; draftId: string };
