/** A registered source of facts, as listed in data/sources/*.json. */
export interface SourceRecord {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  /** `primary`: CMS, a MAC, the Federal Register, eCFR, the U.S. Code, the HCPCS file. `secondary`: a copy or quotation of one. */
  readonly kind: 'primary' | 'secondary';
  readonly publisher?: string;
  readonly section?: string;
  /** When the text was read. */
  readonly retrieved?: string;
  /** For a verbatim copy: where the copy was read (the `url` stays the primary address). */
  readonly copyOf?: string;
  readonly note?: string;
}
