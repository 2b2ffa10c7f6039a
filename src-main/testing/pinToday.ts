import { TEST_TODAY } from './tempDatabase';

// Every test runs on a pinned "today": faces built in-process (the CLI's runCli) read DRIPLINE_TODAY, and
// child processes inherit it. Tests that need another day pass --today or a frozen clock of their own.
process.env['DRIPLINE_TODAY'] = TEST_TODAY;
