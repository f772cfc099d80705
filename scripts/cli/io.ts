import { readFile } from 'node:fs/promises';

/** Read a file, or stdin for "-"; a missing file becomes one clear error. */
export async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code})`);
  }
}

/** One result: pretty JSON for a single input, JSON Lines for several. */
export function printResults(results: object[]): void {
  if (results.length === 1) process.stdout.write(`${JSON.stringify(results[0], null, 2)}\n`);
  else for (const result of results) process.stdout.write(`${JSON.stringify(result)}\n`);
}
