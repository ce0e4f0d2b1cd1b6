import { runParse } from './parseCommand.js';
import { writeImportedTables } from './parseTables.js';

const argv = process.argv.slice(2);
process.exitCode = runParse(argv);
if (process.exitCode === 0) process.exitCode = await writeImportedTables(argv, (s) => process.stderr.write(s));
