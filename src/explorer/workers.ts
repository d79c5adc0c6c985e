// Monaco runs its language services in web workers. GraphiQL's own setups load them from a CDN
// (esm.sh) or leave them to vite/webpack; here they are files of this bundle, served by the server.
interface MonacoEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

(globalThis as typeof globalThis & { MonacoEnvironment?: MonacoEnvironment }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    const url = label === 'json' ? EXPLORER_WORKERS.json : label === 'graphql' ? EXPLORER_WORKERS.graphql : EXPLORER_WORKERS.editor;
    return new Worker(url, { name: label });
  },
};
