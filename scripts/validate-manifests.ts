// Validates Kubernetes manifests against the API's OpenAPI schemas (kubernetes-models) without a
// cluster: every YAML document is built into the model class of its apiVersion and kind and
// `.validate()`d, so a misspelt field, a wrong type or a missing required field fails, as does
// a kind the schemas do not know. On top, the rules this project's manifests keep: no namespace
// (apply with -n), and every Deployment container runs as non-root with both probes.
// A folder with a kustomization.yaml (deploy/k8s/base, deploy/k8s/overlays/*) is built with
// kustomize (`kustomize build`, or the copy inside `kubectl kustomize`) and its output validated,
// so an overlay's patches are checked as they will be applied; other folders are walked.
//
//   npm run k8s:validate                 deploy/k8s (base and every overlay)
//   npx tsx scripts/validate-manifests.ts <file or folder>...
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';

export interface ManifestProblem {
  file: string;
  /** `Kind/name`, or the document's index when it has neither. */
  object: string;
  message: string;
}

interface Manifest {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string };
  spec?: { template?: { spec?: PodSpec } };
}
interface PodSpec {
  securityContext?: { runAsNonRoot?: boolean };
  containers?: Array<{
    name: string;
    securityContext?: { runAsNonRoot?: boolean };
    readinessProbe?: unknown;
    livenessProbe?: unknown;
  }>;
}

type ModelClass = new (data: unknown) => { validate(): void };

/** The kubernetes-models class for an apiVersion and kind, or undefined for an unknown one. */
async function modelOf(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
  if (!/^[a-z0-9.]+(\/[a-z0-9]+)?$/.test(apiVersion) || !/^[A-Za-z]+$/.test(kind)) return undefined;
  try {
    const module = (await import(`kubernetes-models/${apiVersion}/${kind}`)) as Record<string, ModelClass>;
    return module[kind];
  } catch {
    return undefined;
  }
}

/** Every problem of every document in one YAML text. */
export async function validateManifestText(text: string, file: string): Promise<ManifestProblem[]> {
  const problems: ManifestProblem[] = [];
  const documents = parseAllDocuments(text);
  for (const [index, document] of documents.entries()) {
    const at = (object: string, message: string) => problems.push({ file, object, message });
    if (document.errors.length > 0) {
      for (const error of document.errors) at(`document ${index + 1}`, `YAML: ${error.message}`);
      continue;
    }
    const manifest = document.toJS() as Manifest | null;
    if (manifest === null) continue; // an empty document (a trailing ---)
    const object = `${manifest.kind ?? '?'}/${manifest.metadata?.name ?? `document ${index + 1}`}`;
    if (!manifest.apiVersion || !manifest.kind) {
      at(object, 'apiVersion and kind are required');
      continue;
    }
    const Model = await modelOf(manifest.apiVersion, manifest.kind);
    if (!Model) {
      at(object, `no schema for ${manifest.apiVersion} ${manifest.kind}`);
      continue;
    }
    try {
      new Model(manifest).validate();
    } catch (error) {
      at(object, (error as Error).message);
    }
    if (!manifest.metadata?.name) at(object, 'metadata.name is required');
    if (manifest.metadata?.namespace) at(object, 'manifests are namespace-agnostic: drop metadata.namespace, apply with -n');
    if (manifest.kind === 'Deployment') problems.push(...deploymentRules(manifest.spec?.template?.spec, file, object));
  }
  return problems;
}

function deploymentRules(pod: PodSpec | undefined, file: string, object: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const container of pod?.containers ?? []) {
    const where = `${object} container ${container.name}`;
    if (!(container.securityContext?.runAsNonRoot ?? pod?.securityContext?.runAsNonRoot)) {
      problems.push({ file, object: where, message: 'must set securityContext.runAsNonRoot: true' });
    }
    if (!container.readinessProbe) problems.push({ file, object: where, message: 'needs a readinessProbe (/readyz)' });
    if (!container.livenessProbe) problems.push({ file, object: where, message: 'needs a livenessProbe (/healthz)' });
  }
  return problems;
}

const KUSTOMIZATION = 'kustomization.yaml';

/** The .yaml/.yml files of a folder (not recursive, without its kustomization.yaml), or the file itself. */
export function manifestFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => /\.ya?ml$/.test(name) && name !== KUSTOMIZATION)
    .sort()
    .map((name) => join(path, name));
}

/** What to validate under a path: kustomization folders to build, plain manifest files. */
export function validationTargets(path: string): Array<{ kustomization: string } | { file: string }> {
  if (!statSync(path).isDirectory()) return [{ file: path }];
  if (existsSync(join(path, KUSTOMIZATION))) return [{ kustomization: path }];
  const folders = readdirSync(path)
    .filter((name) => statSync(join(path, name)).isDirectory())
    .sort()
    .flatMap((name) => validationTargets(join(path, name)));
  return [...manifestFiles(path).map((file) => ({ file })), ...folders];
}

/**
 * The manifests a kustomization folder builds to: `kustomize build`, else `kubectl kustomize`.
 * @throws Error when neither is installed, or with kustomize's message when the build fails
 */
export function buildKustomization(folder: string): string {
  const attempts: Array<[string, string[]]> = [['kustomize', ['build', folder]], ['kubectl', ['kustomize', folder]]];
  for (const [command, args] of attempts) {
    try {
      return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const failure = error as NodeJS.ErrnoException & { stderr?: string };
      if (failure.code === 'ENOENT') continue;
      throw new Error(`${command} ${args.join(' ')}: ${failure.stderr?.trim() || failure.message}`);
    }
  }
  throw new Error('neither kustomize nor kubectl is installed (https://kubectl.docs.kubernetes.io/installation/kustomize/)');
}

/** Every problem of every target under the paths; `count` is how many files and builds were checked. */
export async function validatePaths(paths: string[]): Promise<{ count: number; problems: ManifestProblem[] }> {
  const targets = paths.flatMap(validationTargets);
  const problems = await Promise.all(
    targets.map(async (target) => {
      if ('file' in target) return validateManifestText(readFileSync(target.file, 'utf8'), target.file);
      const file = `${target.kustomization} (kustomize build)`;
      try {
        return await validateManifestText(buildKustomization(target.kustomization), file);
      } catch (error) {
        return [{ file, object: KUSTOMIZATION, message: (error as Error).message }];
      }
    }),
  );
  return { count: targets.length, problems: problems.flat() };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const paths = process.argv.length > 2 ? process.argv.slice(2) : ['deploy/k8s'];
  const { count, problems } = await validatePaths(paths);
  for (const problem of problems) console.error(`${problem.file}: ${problem.object}: ${problem.message}`);
  console.log(`${count} manifest file(s) and kustomize build(s), ${problems.length} problem(s)`);
  process.exitCode = problems.length > 0 || count === 0 ? 1 : 0;
}
