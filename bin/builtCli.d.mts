/** The built command's path when it is current, otherwise undefined (missing, stale or unreadable). */
export function currentBuiltCli(root: string, outDir?: string): string | undefined;
