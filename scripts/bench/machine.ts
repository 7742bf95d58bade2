import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/browser';

/** The machine the figures were measured on: they mean little without it. */
export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  chromiumPath: string;
  lighthouse: string;
  /** 1-minute load average when the benchmark started and ended (other work on the machine). */
  loadStart: number;
  loadEnd?: number;
}

/** The Chromium the tests use: $CHROMIUM_PATH, the system's, else Playwright's own. */
export const chromiumPath = (): string => chromiumExecutable() ?? chromium.executablePath();

export async function describeMachine(): Promise<Machine> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const version = browser.version();
  await browser.close();
  const lighthouse = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string };
  return {
    date: new Date().toISOString(),
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: version,
    chromiumPath: chromiumPath(),
    lighthouse: lighthouse.version,
    loadStart: loadavg()[0]!,
  };
}

export const currentLoad = (): number => loadavg()[0]!;
