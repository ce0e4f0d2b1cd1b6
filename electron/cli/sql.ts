import { runSql } from './sqlCommand.js';

process.exitCode = await runSql(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
