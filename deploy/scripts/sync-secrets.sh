#!/bin/sh
# Writes the Kubernetes Secret `parkway-secrets` from Secret Manager (infra/modules/secrets):
# every secret labelled app=parkway whose name starts with <prefix>- becomes a key, the rest of
# the name upper-cased (parkway-staging-database-url -> DATABASE_URL). Values never touch disk.
#   sh deploy/scripts/sync-secrets.sh <namespace> <prefix>
set -eu
namespace=$1
prefix=$2
args=""
for name in $(gcloud secrets list --filter="labels.app=parkway AND name~^.*/${prefix}-" --format='value(name.basename())'); do
  key=$(echo "${name#"$prefix"-}" | tr 'a-z-' 'A-Z_')
  value=$(gcloud secrets versions access latest --secret="$name")
  args="$args --from-literal=$key=$value"
done
[ -n "$args" ] || { echo "no secrets named ${prefix}-* in Secret Manager" >&2; exit 1; }
# shellcheck disable=SC2086 # one argument per secret, values without spaces (URLs, keys)
kubectl -n "$namespace" create secret generic parkway-secrets $args --dry-run=client -o yaml | kubectl apply -f -
