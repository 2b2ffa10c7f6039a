import type { CalendarDate } from '../calendar/calendarDate';
import type { Role } from '../vocabulary';

/** Which face a request came through. */
export type Face = 'desktop' | 'web' | 'cli' | 'internal';

/** What travels with every request through dispatch: who asks, through which face, and on which day. */
export interface RequestContext {
  /** Who: the operating-system user until Dripline has its own sign-in. */
  actor: string;
  /** What they may do (CHANNEL_ROLES); `admin` for the operating-system user until sign-in exists. */
  role: Role;
  face: Face;
  /** The pharmacy's day for this request (DS-1 counts from it). */
  today: CalendarDate;
  /** A face's own place for a claim file (the CLI's --out), written inside the export's transaction. */
  deliver?: ((file: { fileName: string; content: string }) => void) | undefined;
  /** A face's own place for a file made on disk (the CLI's `backup --out`): called with the checked copy. */
  deliverFile?: ((path: string) => void) | undefined;
}
