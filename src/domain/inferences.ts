/**
 * Named inferences: facts the loaders derive from what a data set states by a rule of ours, each
 * filed with basis EDITORIAL (docs/provenance.md), the record it rests on as the quote, the rule
 * in the note, and the rule's name in the relationship's `inference` property, so a reader can
 * tell them from stated facts, find them all, and drop them.
 */
export const INFERENCES = {
  /**
   * A Covenant of Mayors signatory works on climate action (the climate theme, SDG 13): every
   * Covenant commitment (cut CO2 emissions by 2020 or by 2030, climate neutrality by 2050, adapt
   * to climate change) is a climate commitment, but the row states the commitment, not a focus
   * on the theme.
   */
  COVENANT_COMMITMENT: {
    note:
      'Inference COVENANT_COMMITMENT: the row states Covenant of Mayors commitments, which are ' +
      'commitments to climate action; the curators file the signatory as working on it. The row ' +
      'does not say so.',
  },
} as const;

export type InferenceName = keyof typeof INFERENCES;
