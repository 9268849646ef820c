/** @module The server concern's face: the workspace API and web UI over a store. */
export { type AppOptions, buildApp } from './app.js';
export { SESSION_COOKIE } from './auth.js';
export { webRoot } from './static.js';
export type { Viewer } from './viewers.js';
export { Workspace, type WorkspaceView } from './workspace.js';
