/**
 * Character-level OCR slips in the text of a cell: letters of another script inside a Japanese word
 * (`ocr_foreign_letters`), near twins of the form's own program names and of the welfare domain's standard terms
 * (`ocr_word_suspect`), old kanji forms where the record writes the modern one (`ocr_old_form`). Reported with a
 * suggested reading, never changed in the value.
 */
export interface CharSlip {
  code: 'ocr_foreign_letters' | 'ocr_word_suspect' | 'ocr_old_form';
  /** The text as written, the suggested reading (null when none is known), and the word around it. */
  written: string;
  suggested: string | null;
  context: string;
  /** For a word suspect, what the suggestion is: a program name the form prints, or a standard term of the domain. */
  reference?: 'program' | 'term';
  /** For an old form, the modern word the record writes elsewhere (圏域), the ground for the warning. */
  evidence?: string;
}
