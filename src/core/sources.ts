/** A registered source of facts, as listed in data/sources/*.json. */
export interface SourceRecord {
  /** Stable id that data records cite, e.g. `'lcd-l33794'`. */
  readonly id: string;
  /** Title of the source document. */
  readonly title: string;
  /** Address of the primary document. */
  readonly url: string;
  /** `primary`: CMS, a MAC, the Federal Register, eCFR, the U.S. Code, the HCPCS file. `secondary`: a copy or quotation of one. */
  readonly kind: 'primary' | 'secondary';
  /** Who publishes it (CMS, a MAC, ...). */
  readonly publisher?: string;
  /** Default section cited when a record names none. */
  readonly section?: string;
  /** When the text was read. */
  readonly retrieved?: string;
  /** For a verbatim copy: where the copy was read (the `url` stays the primary address). */
  readonly copyOf?: string;
  /** Anything a reviewer should know: checksum, confidence, version read. */
  readonly note?: string;
}
