/** Where build-explorer.mjs put each Monaco worker: `/explorer/<label>.worker-<hash>.js`. */
declare const EXPLORER_WORKERS: Record<'editor' | 'json' | 'graphql', string>;

declare module '*.css';
