import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFiles, validateManifestText, validatePaths } from '../../scripts/validate-manifests.js';

// `npm run k8s:validate` (a CI phase) runs the same validation over deploy/k8s: the base's files
// and every overlay as kustomize builds it.
async function problemsIn(path: string) {
  return (await Promise.all(manifestFiles(path).map((file) => validateManifestText(readFileSync(file, 'utf8'), file)))).flat();
}

describe('Kubernetes manifest validation', () => {
  it('passes the shipped manifests: Deployment, Service, HPA, PDB, ConfigMap, Secret, migration Job, Ingress, NetworkPolicy', async () => {
    const files = manifestFiles('deploy/k8s/base');
    const kinds = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^kind: (\w+)$/gm)].map((match) => match[1]));
    expect(kinds.sort()).toEqual(['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'Ingress', 'Job', 'NetworkPolicy', 'NetworkPolicy', 'PodDisruptionBudget', 'Secret', 'Service']);
    expect(await problemsIn('deploy/k8s/base')).toEqual([]);
    const { count, problems } = await validatePaths(['deploy/k8s']);
    expect(problems).toEqual([]);
    expect(count).toBe(4); // base, review, staging, production
  });

  it('reports every problem of a broken manifest: schema, unknown kind, namespace, probes, non-root', async () => {
    const messages = (await problemsIn('test/fixtures/k8s/broken-deployment.yaml')).map(({ object, message }) => `${object}: ${message}`);
    expect(messages).toEqual([
      'Deployment/broken: data/spec/replicas must be integer',
      'Deployment/broken: manifests are namespace-agnostic: drop metadata.namespace, apply with -n',
      'Deployment/broken container parkway: must set securityContext.runAsNonRoot: true',
      'Deployment/broken container parkway: needs a livenessProbe (/healthz)',
      'HorizontalPodAutoscaler/broken: data/spec must have required property scaleTargetRef',
      'Widget/unknown-kind: no schema for example.com/v1 Widget',
    ]);
  });

  it('reports YAML that does not parse', async () => {
    const problems = await validateManifestText('kind: [unclosed', 'inline.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^YAML: /);
  });
});
