/**
 * The benchmark's own PostgreSQL (for `--postgres`: the history in PostgreSQL instead of
 * SQLite), started as the tests start theirs (`tests/helpers/postgres.ts`: initdb in a
 * temporary folder, a free loopback port, fsync off, as the `postgres` user when run as
 * root). Each system under test gets a fresh database, so no part starts on another's rows.
 */
import { findPostgresBin, type PostgresServer, startPostgres } from "../tests/helpers/postgres.ts";

/** A PostgreSQL the benchmark started. */
export interface BenchPostgres extends AsyncDisposable {
  /** `DATABASE_URL` of a new, empty database. */
  database(): Promise<string>;
  /** The server's process id is not ours to read (it runs as another user): its port. */
  port: number;
  stop(): Promise<void>;
}

/** Starts PostgreSQL; throws, saying what to install, when it is not there. */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  if (!findPostgresBin()) {
    throw new Error(
      "Cannot start PostgreSQL for --postgres: initdb and postgres not found (apt-get install postgresql)",
    );
  }
  const server: PostgresServer = await startPostgres();
  return {
    port: server.port,
    // Kept until the server stops: stopping it removes its folder and every database.
    database: async () => (await server.createDatabase()).url,
    stop: () => server.stop(),
    [Symbol.asyncDispose]: () => server.stop(),
  };
}
