/**
 * The Neo4j store's driver and sessions: reads go through `executeRead`, writes through
 * `executeWrite`, all sessions share one bookmark manager so that a read sees the writes before
 * it, and a call's deadline or abort closes its session (which stops the query in Neo4j).
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { throwIfAborted, timeLeft, type CallOptions } from '../call-options.js';
import type { CypherRegistry } from './cypher-registry.js';
import { toStoreError } from './driver-errors.js';
import type { Row } from './rows.js';

/** Where Neo4j is and how fast to give up on it (the driver's part of Neo4jStoreConfig). */
export interface DriverSettings {
  /** `bolt://host:7687` (one server) or `neo4j://host:7687` (routing: a cluster, Aura). */
  uri: string;
  username: string;
  password: string;
  /** Default `neo4j` (the only database of Community Edition). */
  database?: string;
  /** How long opening a connection may take before the request fails as STORE_UNAVAILABLE. Default 3 s. */
  connectionTimeoutMs?: number;
  /** How long a request may wait for a pooled connection; keep it above connectionTimeoutMs. Default 5 s. */
  connectionAcquisitionTimeoutMs?: number;
  /** How long the driver retries a transaction after a transient failure. Default 1 s, to fail fast. */
  maxTransactionRetryTimeMs?: number;
}

/** Runs one read statement with its `$query` map in one managed transaction: one round trip. */
export type ReadStatements = (
  statement: string,
  query?: Record<string, unknown>,
  options?: CallOptions,
) => Promise<Row[]>;

/** Runs `work` in one managed write transaction and answers what it answered. */
export type WriteTransaction = <T>(
  work: (tx: ManagedTransaction) => Promise<T>,
  options?: CallOptions,
) => Promise<T>;

/** What the store's read and write modules run on: the statements and the two transaction kinds. */
export interface Neo4jContext {
  readonly cypher: CypherRegistry;
  readonly read: ReadStatements;
  readonly write: WriteTransaction;
}

export class Neo4jSessions {
  private readonly driver: Driver;
  private readonly database: string;
  /** Shared by every session: causal consistency across sessions (read-your-writes). */
  private readonly bookmarks = neo4j.bookmarkManager();

  /** Creates the driver without connecting. */
  constructor(settings: DriverSettings) {
    this.database = settings.database ?? 'neo4j';
    this.driver = neo4j.driver(
      settings.uri,
      neo4j.auth.basic(settings.username, settings.password),
      {
        disableLosslessIntegers: true,
        connectionTimeout: settings.connectionTimeoutMs ?? 3_000,
        connectionAcquisitionTimeout: settings.connectionAcquisitionTimeoutMs ?? 5_000,
        maxTransactionRetryTime: settings.maxTransactionRetryTimeMs ?? 1_000,
        userAgent: 'diplomap',
      },
    );
  }

  verifyConnectivity(): Promise<unknown> {
    return this.driver.verifyConnectivity({ database: this.database });
  }

  /**
   * Runs one read statement in one managed transaction: one round trip. Its inputs go as one map
   * parameter, `$query`: Neo4j caches plans per parameter type and size, and would replan a
   * statement (≈0.6 s for find-nodes) for every new length of a string or list parameter.
   */
  readonly read: ReadStatements = async (statement, query = {}, options) => {
    const session = this.session('READ');
    return withDeadline(session, options, () =>
      session.executeRead(
        async (tx) => (await tx.run(statement, { query })).records,
        transactionConfig(options),
      ),
    );
  };

  readonly write: WriteTransaction = async (work, options) => {
    const session = this.session('WRITE');
    return withDeadline(session, options, () =>
      session.executeWrite(work, transactionConfig(options)),
    );
  };

  /**
   * Runs a statement as an auto-commit query: the only kind that may run `CALL … IN
   * TRANSACTIONS`, which commits its own batches.
   */
  async autoCommit(statement: string): Promise<void> {
    const session = this.session('WRITE');
    try {
      await session.run(statement);
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await closeQuietly(session);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.database,
      bookmarkManager: this.bookmarks,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }
}

/** The transaction's timeout: the time the request has left, enforced by Neo4j itself. */
function transactionConfig(options: CallOptions | undefined): { timeout?: number } {
  const left = timeLeft(options);
  return left === undefined ? {} : { timeout: left };
}

/**
 * Runs one transaction of `session` and closes the session after it. When the call's signal
 * aborts first, the session is closed at once (the driver resets the connection, which stops the
 * query in Neo4j) and the call rejects with the signal's reason.
 */
async function withDeadline<T>(
  session: Session,
  options: CallOptions | undefined,
  run: () => Promise<T>,
): Promise<T> {
  const signal = options?.signal;
  const onAbort = () => void closeQuietly(session);
  try {
    throwIfAborted(options);
    signal?.addEventListener('abort', onAbort, { once: true });
    return await run();
  } catch (error) {
    if (signal?.aborted) throw signal.reason as Error;
    throw toStoreError(error);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await closeQuietly(session);
  }
}

async function closeQuietly(session: Session): Promise<void> {
  try {
    await session.close();
  } catch {
    // The error that matters is the one the transaction threw.
  }
}
