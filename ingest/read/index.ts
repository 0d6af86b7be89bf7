// read: files on disk → SourceDocument records with normalised text and a content hash.
export { decodeText, detectEncoding } from './decode-text.ts';
export { defaultReadLimits, formatReaders, type ReadLimits, supportedExtensions } from './formats.ts';
export { htmlToText } from './html.ts';
export { listInputFiles } from './list-inputs.ts';
export type { ReadProblem } from './problem.ts';
export { type ReadFileSystem, type ReadOptions, readSourceDocument } from './read-file.ts';
export { makeSourceDocument, normaliseText } from './source-document.ts';
