import adapter from "@sveltejs/adapter-node";

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter({ out: "build" }),
    // facts shared with the API (es-MX labels, limits): one source, imported by both
    alias: { $shared: "../server/src/shared" },
    // SvelteKit's own origin check compares scheme too, and adapter-node assumes https when ORIGIN is not set, so
    // every form sent over plain http (127.0.0.1 in development and the tests) would be refused. The same-host
    // check lives in src/lib/server/csrf.ts and runs in hooks.server.ts instead.
    csrf: { trustedOrigins: ["*"] },
  },
};
