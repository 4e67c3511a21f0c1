/** A detector compared in the benchmark: BlindHire or a peer library, behind one small interface. */

/** A masked range, UTF-16 offsets into the input, end exclusive. */
export interface PeerSpan {
  start: number;
  end: number;
  label?: string;
}

/** A library under test. */
export interface Detector {
  /** Short id, e.g. "redact-pii". */
  id: string;
  /** Name and configuration shown in the report. */
  label: string;
  /** npm package whose version is reported. */
  pkg: string;
  /** Builds the detector (imports the library); may throw, which the bench reports as an error row. */
  load(): Promise<(text: string) => PeerSpan[]>;
}
