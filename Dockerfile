# syntax=docker/dockerfile:1
#
# Support Mesh: one image for the gateway, every actor and the demo store, chosen by command.
#
#   docker build -t support-mesh .
#   docker run -p 8000:8000 -e CUSTOMER_TOKEN_SECRET=… support-mesh  # deno task start: everything
#   docker run -p 8000:8000 -e AUTH_MODE=demo support-mesh         # a local demo: sessions by email
#   docker run -e ACTORS=none -e NATS_URL=… support-mesh          # the gateway only
#   docker run -e NATS_URL=… -e STORE_API_URL=… support-mesh deno task actor intent  # one actor
#   docker run -p 8100:8100 support-mesh deno task mocks           # the demo store on MOCKS_PORT
#
# Three stages: `build` installs every dependency and bundles the islands with esbuild;
# `prod-deps` installs, from build's package cache, only the packages the entry points load;
# the final image gets the source, the bundles and those packages. Test and build tools
# (playwright-core, kubernetes-models, yaml, the OpenTelemetry SDK, esbuild) stay behind.
#
# The base image's entrypoint (tini + docker-entrypoint.sh) runs the command as given, so
# `deno task …` works as the command, and SIGTERM reaches Deno (deno task forwards it), which
# drains in-flight messages before exiting.

# ---- build: every dependency, the islands' browser bundles ---------------------------------
FROM denoland/deno:2.9.6 AS build
ENV DENO_NO_UPDATE_CHECK=1 DENO_NO_PROMPT=1
WORKDIR /app
RUN chown deno:deno /app
USER deno
# Dependencies in their own layer: rebuilt only when deno.json or deno.lock change.
# --frozen: the build fails instead of resolving versions the lockfile does not name.
COPY --chown=deno:deno deno.json deno.lock ./
RUN deno install --frozen
COPY --chown=deno:deno . .
RUN deno task build:islands

# ---- prod-deps: only what the entry points import, from build's cache (no download) -------
# The production deno.json leaves out the imports of tests and the build, and says
# `nodeModulesDir: "manual"`: processes use node_modules as installed here and never ask the
# registry (scripts/production_config.ts). The lockfile is pruned to match. Entry points: the supervisor,
# the demo store, the Worker host and each actor (mesh/registry.ts imports them lazily, so they
# are listed). scripts/build_islands.ts is not among them: the start task and main.ts load
# esbuild only when the bundles are missing or stale, and the image ships them prebuilt.
FROM build AS prod-deps
RUN deno run --no-prompt --allow-read=deno.json --allow-write=deno.json \
        scripts/production_config.ts deno.json \
    && rm -rf node_modules \
    && deno install --node-modules-dir=auto --entrypoint main.ts mocks/main.ts mesh/worker.ts \
        actors/*.ts

# ---- the image ------------------------------------------------------------------------------
FROM denoland/deno:2.9.6

# AUTH_MODE=production: a container serves real shoppers, so a session needs a customer
# token signed by the shop (CUSTOMER_TOKEN_SECRET, without which the gateway refuses to
# start). `-e AUTH_MODE=demo` opts in to sessions by email, for a local demo only.
ENV DENO_NO_UPDATE_CHECK=1 \
    DENO_NO_PROMPT=1 \
    HOST=0.0.0.0 \
    DATA_DIR=/data \
    AUTH_MODE=production

# The app folder and the data folder belong to the unprivileged `deno` user (uid 1993) of
# the base image; everything below runs as that user.
WORKDIR /app
RUN mkdir -p /app /data && chown deno:deno /app /data
USER deno

# The packages first (they change less often than the source), then the source (tests,
# docs and deployment files are left out by .dockerignore), the production deno.json and
# lockfile over the project's, and the prebuilt bundles.
COPY --from=prod-deps --chown=deno:deno /app/node_modules ./node_modules
COPY --chown=deno:deno . .
COPY --from=prod-deps --chown=deno:deno /app/deno.json /app/deno.lock ./
COPY --from=build --chown=deno:deno /app/static/build ./static/build

# 8000: the gateway (and an actor's health server); 8100: the demo store.
EXPOSE 8000 8100

# No curl in the image: Deno asks. The first of HEALTH_PORT and PORT (an actor's health
# server; PORT is the gateway's too), 8081 (an actor's default) and MOCKS_PORT (the demo store)
# that answers decides.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["deno", "eval", "--no-config", "-q", "for (const p of [Deno.env.get('HEALTH_PORT'), Deno.env.get('PORT') || '8000', '8081', Deno.env.get('MOCKS_PORT') || '8100'].filter(Boolean)) { try { const r = await fetch(`http://127.0.0.1:${p}/health`); await r.body?.cancel(); Deno.exit(r.ok ? 0 : 1); } catch { /* not this port */ } } Deno.exit(1);"]

CMD ["deno", "task", "start"]
