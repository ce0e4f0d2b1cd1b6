import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusReadError, decodeCorpus, splitLines } from '../../electron/corpus/decode.js';
import { loadCorpusFile } from '../../electron/corpus/loadCorpus.js';
import { cut } from './seed.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-decode-'));
const write = (name: string, bytes: Uint8Array | string) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
const sapporo = cut(3, 136).join('\n') + '\n';

describe('reading a corpus file', () => {
  it('names the file when it does not exist', () => {
    expect(() => loadCorpusFile(path.join(dir, 'missing.txt'))).toThrowError(/missing\.txt: ファイルが見つかりません/);
  });

  it('refuses an empty file with its name', () => {
    const file = write('empty.txt', '');
    expect(() => loadCorpusFile(file)).toThrowError(CorpusReadError);
    expect(() => loadCorpusFile(file)).toThrowError(/empty\.txt: 空のファイル/);
  });

  it('refuses a binary file, naming the line of the first NUL byte', () => {
    const file = write('binary.bin', new Uint8Array([0x41, 0x0a, 0x42, 0x0a, 0x00, 0x01, 0xff]));
    expect(() => loadCorpusFile(file)).toThrowError(/binary\.bin:3: バイナリ/);
  });

  it('recognises Shift_JIS and says to convert it, naming the line', () => {
    // "北海道" in Shift_JIS is 96 6B 8A 43 93 B9, on line 2.
    const bytes = new Uint8Array([0x0a, 0x96, 0x6b, 0x8a, 0x43, 0x93, 0xb9, 0x0a]);
    expect(() => decodeCorpus(bytes, 'sjis.txt')).toThrowError(/sjis\.txt:2: Shift_JIS のようです/);
  });

  it('reads UTF-8 with a BOM and CRLF line ends like the plain file', () => {
    const plain = loadCorpusFile(write('plain.txt', sapporo));
    const crlf = loadCorpusFile(write('bom-crlf.txt', '\ufeff' + sapporo.replace(/\n/g, '\r\n')));
    expect(crlf.entities).toEqual(plain.entities.map((e) => ({ ...e, corpus: 'bom-crlf.txt' })));
    expect(crlf.lines.length).toBe(plain.lines.length);
    expect(crlf.entities[0].population).toBe(1966735);
  });

  it('counts a last line without a line break as a line', () => {
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b']);
  });
});
