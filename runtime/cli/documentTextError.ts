import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { CliError } from './cliError';

/**
 * A file that was read but whose bytes are not a document's text (invalid UTF-8, J035): an error of
 * the document (exit 1), one located line; `validate` lists it with the other files' diagnostics.
 */
export class DocumentTextError extends CliError {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic), 1);
    this.name = 'DocumentTextError';
  }
}
