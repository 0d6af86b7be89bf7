// The Neo4j every graph test uses, provided once by the global setup (test/setup/neo4j-global.ts).
import { inject } from 'vitest';
import type { Neo4jTarget } from '../../server/neo4j/connect.ts';

declare module 'vitest' {
  interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

export function testTarget(): Neo4jTarget {
  return inject('neo4j');
}
