/** Where a fact comes from: a registered source, optionally narrowed to a section. */
export interface Citation {
  /** Source id from the library's citation registry, e.g. `'lcd-l33794'`. */
  readonly id: string;
  /** Title of the source document. */
  readonly title: string;
  /** Address of the primary document (CMS, MAC, eCFR, Federal Register, U.S. Code). */
  readonly url: string;
  /** Section, paragraph or table within the source, e.g. `'§320.8.3'`. */
  readonly section?: string;
}
