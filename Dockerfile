# syntax=docker/dockerfile:1
# Parkway API image: build with dev dependencies, run with production ones only, as `node`.
#   docker build -t parkway .
#   docker run -p 4000:4000 -e DATABASE_URL=postgres://... -e JWT_SECRET=... parkway
# Migrations only (the Kubernetes Job): docker run ... parkway node dist/cli/migrate.js

FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20.20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# read at run time: the SDL (schema/), the migrations (drizzle/)
COPY schema ./schema
COPY drizzle ./drizzle
# without DATABASE_URL the embedded database lives here; owned by the user the server runs as
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000
# liveness only: /readyz (database, listener) is for the orchestrator's readiness probe
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# tracing (when OTEL_* is set) must load before the server: see src/observability/register-tracing.ts
CMD ["node", "--import", "./dist/observability/register-tracing.js", "dist/server/main.js"]
