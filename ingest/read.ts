// read: files on disk → SourceDocument records. The stage lives in ./read/, one file per format.
export * from './read/index.ts';
