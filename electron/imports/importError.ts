import { UserError } from '../../common/result.js';

/** A file the analyst asked to import that cannot be read, with the file (and line, where there is one) in the message. */
export class ImportError extends UserError {
  constructor(
    readonly file: string,
    message: string,
    readonly line: number | null = null,
  ) {
    super('refused', `${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'ImportError';
  }
}
