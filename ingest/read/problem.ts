// A file that could not be read: reported with its reason, never half-ingested.
export interface ReadProblem {
  readonly path: string;
  readonly reason: string;
}

/** What a format reader gives back: the file's text, or why there is none. */
export type Converted = { readonly text: string } | { readonly reason: string };

export function failed(reason: string): Converted {
  return { reason };
}

/** A size for a message: "512 bytes", "12 KB", "1.9 MB", "3840 MB". */
export function megabytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
