#!/usr/bin/env node
import { nodeIo } from './nodeIo';
import { runCli } from './runCli';

process.on('uncaughtException', (err) => {
  process.stderr.write(`journey: internal error: ${err.message.split('\n')[0]}\n`);
  process.exit(2);
});

runCli(process.argv.slice(2), nodeIo).then((code) => {
  process.exitCode = code;
});
