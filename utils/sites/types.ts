/**
 * A site adapter: data plus small functions, no masking logic. Adapters say where the candidate's
 * identity is stated and where photos and candidate cards are; the masker (utils/blind) does the
 * rest, and falls back to a whole-page pass whenever a hook matches nothing.
 */
export interface CandidateIdentity {
  /** Full names as stated on the page (header, JSON-LD Person, og/profile meta, title). */
  names: string[];
  /** Profile URLs or handles of the candidate (linkedin.com/in/…), if stated. */
  profileUrls: string[];
  /**
   * Other forms of a name stated beside it, each with the name it belongs to: a nickname ("Izzy
   * Marwood" of "Ilse (Izzy) Marwood") or a former surname ("Ilse Quenby" of "Ilse Marwood (née
   * Quenby)"). Both are in `names` too; the pair tells that they are one person (one alias).
   */
  sameAs?: Array<[form: string, name: string]>;
}

export interface SiteAdapter {
  /** Equals the file name under utils/sites/. */
  id: string;
  /** Human name for the popup ("LinkedIn", "Greenhouse"). */
  label: string;
  /** Match patterns (chrome match-pattern syntax) of pages where the adapter applies. */
  matches: string[];
  /**
   * Reads the identity stated on the page, or within one candidate card on list pages. Must not
   * throw on missing hooks: returns empty lists instead.
   */
  readIdentity(root: Document | Element): CandidateIdentity;
  /**
   * Every selector `readIdentity` looks for when given an element (not a document), when the
   * adapter can list them: the masker then skips `readIdentity` on an added element where none of
   * them can match (most rows of an infinite list). Leave it out when a reader goes by anything
   * else (text alone, for instance).
   */
  elementHooks?: string[];
  /** Selector for the root of each candidate card on list pages (search results, pipelines). */
  candidateRoots?: string;
  /** Selectors of photos and avatars (img, figure, elements with background images). */
  photoSelectors: string[];
  /** Selectors of regions that are only about the candidate and may be hidden wholesale if masking fails. */
  candidateRegions?: string[];
}
