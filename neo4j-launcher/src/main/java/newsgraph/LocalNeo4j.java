package newsgraph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, on 127.0.0.1, with
 * authentication on.
 *
 * Usage: LocalNeo4j <homeDir> <boltPort> <pageCacheMiB> <passwordFile> <importDir>
 * The user `neo4j` gets the password held in passwordFile (written by newsgraph, mode 0600;
 * it is never passed on the command line, where `ps` would show it). Setting it at every
 * start also migrates data folders created while auth was off, and repairs a lost password
 * file. LOAD CSV may not read file URLs, and its import folder is an empty one of ours.
 * Prints exactly one line "NEO4J READY bolt://127.0.0.1:PORT" on stdout when Bolt accepts
 * connections with that password; shuts down cleanly on SIGTERM / SIGINT.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: LocalNeo4j <homeDir> <boltPort> <pageCacheMiB> <passwordFile> <importDir>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    String password = Files.readString(Path.of(args[3]), StandardCharsets.UTF_8).trim();
    Path importDir = Path.of(args[4]).toAbsolutePath();
    if (password.length() < 8) {
      System.err.println("the password file " + args[3] + " must hold a password of at least 8 characters");
      System.exit(2);
    }

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        dbms.shutdown();
      } finally {
        stopped.countDown();
      }
    }, "newsgraph-shutdown"));

    setPassword(dbms, password);
    // Touch the default database so "ready" means it is online, not just that Bolt is bound.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("NEO4J READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  /** Gives `neo4j` the password (embedded access to the system database needs no login). */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    Map<String, Object> params = Map.of("password", password);
    system.executeTransactionally("CREATE USER neo4j IF NOT EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", params);
    try {
      system.executeTransactionally("ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", params);
    } catch (QueryExecutionException e) {
      // Neo4j refuses to "change" a password to the one it already has: nothing to do then.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }
}
