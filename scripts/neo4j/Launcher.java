// Starts an embedded Neo4j 5.26 Community DBMS with a Bolt connector, for Diplomap's tests.
// Run with the single-file source launcher (see neo4j.sh):
//   java <flags> -cp "lib/*" Launcher.java <home>
// Settings come from <home>/conf/neo4j.conf (written by neo4j.sh); the port, the password and
// the safety-relevant settings (auth on, TLS off, HTTP off, loopback only) are forced here.
// Env: NEO4J_PORT (default 7687), NEO4J_PASSWORD (default diplomap-test, >= 8 characters).

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp 'lib/*' Launcher.java <home>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", "diplomap-test");
        if (password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must have at least 8 characters");
            System.exit(2);
        }

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        Path conf = home.resolve("conf/neo4j.conf");
        if (Files.isRegularFile(conf)) {
            builder.loadPropertiesFromFile(conf);
        }
        DatabaseManagementService dbms = builder
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();
        // SIGTERM/SIGINT run this hook: a clean shutdown, so the next start needs no recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        try {
            setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            try (var tx = db.beginTx(); var result = tx.execute("RETURN 1 AS one")) {
                if (!Long.valueOf(1).equals(result.next().get("one"))) {
                    throw new IllegalStateException("RETURN 1 did not return 1");
                }
            }
            new Socket("127.0.0.1", port).close(); // the Bolt connector really listens
        } catch (Exception e) { // Neo4j's threads would keep a half-started JVM alive
            e.printStackTrace();
            System.exit(1); // runs the shutdown hook
        }
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        new CountDownLatch(1).await(); // until the JVM is told to stop
    }

    // Idempotent: a data directory from an earlier run may already have this password,
    // and Neo4j refuses to "change" a password to the same value.
    static void setPassword(GraphDatabaseService system, String password) {
        try (var tx = system.beginTx()) {
            tx.execute("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password)).close();
            tx.commit();
            System.out.println("NEO4J_PASSWORD_SET for user neo4j");
        } catch (RuntimeException e) {
            if (!rootMessage(e).contains("cannot be the same")) {
                throw e;
            }
            System.out.println("NEO4J_PASSWORD_UNCHANGED (already set on an earlier run)");
        }
    }

    static String rootMessage(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (; t != null; t = t.getCause()) all.append(t.getMessage()).append(" | ");
        return all.toString();
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
