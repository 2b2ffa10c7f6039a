import { readMigrations, type Migration } from '../src-main/store/migrate';
import { migrationsFolder as folder } from '../src-main/paths/appRoot';

export const migrationsFolder = folder();
export const readMigrationsFor = (path: string): Migration[] => readMigrations(path);
