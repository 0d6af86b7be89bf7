// Whether a Docker engine answers, asked in about a second: on a machine without Docker the
// test setup steps aside at once, without testcontainers' long search and its error output.
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

/** The endpoint of a Docker engine that answers /_ping, or null. */
export async function findDockerEngine(dockerHost: string | null): Promise<string | null> {
  const candidates = dockerHost
    ? [dockerHost]
    : [
        'unix:///var/run/docker.sock',
        // Docker Desktop and rootless Docker.
        `unix://${path.join(os.homedir(), '.docker', 'run', 'docker.sock')}`,
        ...(process.getuid ? [`unix:///run/user/${process.getuid()}/docker.sock`] : []),
      ];
  for (const candidate of candidates) {
    if (await pingDocker(candidate)) return candidate;
  }
  return null;
}

function pingDocker(endpoint: string, timeoutMs = 1000): Promise<boolean> {
  let where: http.RequestOptions;
  if (endpoint.startsWith('unix://')) {
    where = { socketPath: endpoint.slice('unix://'.length) };
  } else if (/^(tcp|http):\/\//.test(endpoint)) {
    const url = new URL(endpoint.replace(/^tcp:/, 'http:'));
    where = { host: url.hostname, port: Number(url.port || 2375) };
  } else {
    return Promise.resolve(false); // https:// or ssh:// engines are not probed: the embedded Neo4j is used
  }
  return new Promise((resolve) => {
    const request = http.get({ ...where, path: '/_ping', timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once('timeout', () => request.destroy(new Error('timeout')));
    request.once('error', () => resolve(false));
  });
}
