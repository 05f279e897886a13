# syntax=docker/dockerfile:1
#
# Support Mesh: one image for the gateway, every actor and the demo store, chosen by command.
#
#   docker build -t support-mesh .
#   docker run -p 8000:8000 -e CUSTOMER_TOKEN_SECRET=… support-mesh  # deno task start: everything
#   docker run -p 8000:8000 -e AUTH_MODE=demo support-mesh         # a local demo: sessions by email
#   docker run -e ACTORS=none -e NATS_URL=… support-mesh          # the gateway only
#   docker run -e NATS_URL=… support-mesh deno task actor intent  # one actor (health on PORT)
#   docker run -p 8100:8100 support-mesh deno task mocks          # the demo store on MOCKS_PORT
#
# The base image's entrypoint (tini + docker-entrypoint.sh) runs the command as given, so
# `deno task …` works as the command, and SIGTERM reaches Deno (deno task forwards it), which
# drains in-flight messages before exiting.
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
# the base image; everything below runs as that user, so the Deno cache is theirs too.
WORKDIR /app
RUN mkdir -p /app /data && chown deno:deno /app /data
USER deno

# Dependencies in their own layer: rebuilt only when deno.json or deno.lock change.
# --frozen: the build fails instead of resolving versions the lockfile does not name.
COPY --chown=deno:deno deno.json deno.lock ./
RUN deno install --frozen

# The source, then everything the entry points load ahead of time: the supervisor, the
# demo store, the Worker host and each actor (mesh/registry.ts imports them lazily, so they are listed here),
# and the browser bundles of the islands, so start-up neither downloads nor builds.
COPY --chown=deno:deno . .
RUN deno cache --frozen main.ts mocks/main.ts mesh/worker.ts actors/*.ts \
    && deno task build:islands

# 8000: the gateway (and an actor's health server); 8100: the demo store.
EXPOSE 8000 8100

# No curl in the image: Deno asks. The first of PORT (gateway, actor health) and MOCKS_PORT
# (the demo store) that answers decides.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["deno", "eval", "--no-config", "-q", "for (const p of [Deno.env.get('PORT') || '8000', Deno.env.get('MOCKS_PORT') || '8100']) { try { const r = await fetch(`http://127.0.0.1:${p}/health`); await r.body?.cancel(); Deno.exit(r.ok ? 0 : 1); } catch { /* not this port */ } } Deno.exit(1);"]

CMD ["deno", "task", "start"]
