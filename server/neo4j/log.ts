// How the Neo4j launcher talks to the person waiting: injected, so tests stay quiet.

export interface Neo4jLog {
  /** One line for the person at the terminal. */
  info(line: string): void;
  /** A small progress mark while something slow runs (a dot on a TTY, nothing elsewhere). */
  tick(): void;
  /** Ends a run of ticks, so the next line starts clean. */
  done(): void;
}

/** Writes to stderr, so stdout stays for a command's result. */
export function createConsoleLog(stream: NodeJS.WriteStream = process.stderr): Neo4jLog {
  let ticking = false;
  return {
    info(line) {
      if (ticking) stream.write('\n');
      ticking = false;
      stream.write(`${line}\n`);
    },
    tick() {
      if (!stream.isTTY) return;
      ticking = true;
      stream.write('.');
    },
    done() {
      if (ticking) stream.write('\n');
      ticking = false;
    },
  };
}

export const silentLog: Neo4jLog = Object.freeze({ info() {}, tick() {}, done() {} });

/**
 * A problem the user can fix (no Java, a busy port, a failed start): one line saying what and
 * how, and optionally the last lines of a log for the curious.
 */
export class Neo4jSetupError extends Error {
  override readonly name = 'Neo4jSetupError';
  readonly details: string | undefined;
  constructor(message: string, details?: string) {
    super(message);
    this.details = details;
  }
}
