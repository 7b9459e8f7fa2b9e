import { buildCli } from '../build/build-cli.mjs';

/** Build the command line once before the integration tests spawn it (dist/cli/main.mjs). */
export async function setup(): Promise<void> {
  await buildCli({ quiet: true });
}
