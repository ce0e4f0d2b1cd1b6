import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { AsyncByteQueue, RecordBatchFileWriter, RecordBatchStreamWriter, type RecordBatch, type RecordBatchWriter } from 'apache-arrow';
import { TABLE_NAMES, type TableName } from '../corpus/types.js';
import type { BatchHandler } from './columnSink.js';

/** The writer's byte queue, written straight to a file as each message is made instead of queued in memory. */
class FileBytes extends AsyncByteQueue {
  constructor(private readonly fd: number) {
    super();
  }

  override write(value: Uint8Array): void {
    for (let done = 0; done < value.byteLength;) done += writeSync(this.fd, value, done);
  }
}

/**
 * One Arrow IPC file per table (`<dir>/<table>.arrow`), each batch written to disk as it comes: what the command line
 * writes. `close()` writes every file's footer; a table that received no batch gets no file.
 */
export function arrowFileWriters(dir: string): { onBatch: BatchHandler; close(): string[] } {
  const open = new Map<TableName, { fd: number; writer: RecordBatchWriter; file: string }>();
  return {
    onBatch: (name, batch) => {
      let w = open.get(name);
      if (!w) {
        const file = path.join(dir, `${name}.arrow`);
        const fd = openSync(file, 'w');
        const writer = new RecordBatchFileWriter();
        writer.reset(new FileBytes(fd));
        w = { fd, writer, file };
        open.set(name, w);
      }
      w.writer.write(batch);
    },
    close: () => {
      const files: string[] = [];
      for (const { fd, writer, file } of open.values()) {
        writer.finish();
        closeSync(fd);
        files.push(file);
      }
      return files;
    },
  };
}

/** Every table as Arrow IPC stream bytes in memory, in the contract's order: what crosses the process boundary. */
export function ipcStreams(): { onBatch: BatchHandler; close(): { name: TableName; ipc: Uint8Array }[] } {
  const writers = new Map<TableName, RecordBatchWriter>();
  return {
    onBatch: (name: TableName, batch: RecordBatch) => {
      let w = writers.get(name);
      if (!w) writers.set(name, (w = new RecordBatchStreamWriter()));
      w.write(batch);
    },
    close: () => TABLE_NAMES.filter((name) => writers.has(name)).map((name) => {
      const w = writers.get(name)!;
      w.finish();
      return { name, ipc: w.toUint8Array(true) };
    }),
  };
}
