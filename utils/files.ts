/**
 * Limits on résumé files, shared by the writing help's import (popup) and blind mode's attachment
 * viewer (content script). No imports: the content script takes this without the parsers.
 */

/** Largest résumé file read, in bytes (a résumé is far smaller; larger files are refused with the reason). */
export const MAX_RESUME_FILE_BYTES = 20 * 1024 * 1024;
