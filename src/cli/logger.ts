/** The process logger: JSON lines (pino), level from LOG_LEVEL. */
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'diplomap' } });
}
