import { runParse } from './parseCommand.js';

process.exitCode = runParse(process.argv.slice(2));
