package io.casedesk.platform.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Start-up runs on one node at a time. Nodes of a cluster that start at the same moment would otherwise
 * each create the engine's schema, the desk's indexes, the localized forms deployment, the engine
 * grants, the Tasklist filters and the built-in users, and some of these (filters) have no unique key
 * that would stop a second copy.
 *
 * <p>Before the engine touches the database, the starting node locks the row of {@code cd_startup_lock}
 * ({@code select ... for update} in a transaction of its own); it releases it when the application is
 * ready, that is after every start-up runner, or when its start fails. A node that starts meanwhile
 * waits at that row and then finds everything in place. The database releases the lock of a node that
 * dies while starting (its connection ends), so a {@code kill -9} never blocks the others. Flyway runs
 * before (it guards its own migrations), so the row exists.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@DependsOnDatabaseInitialization
class StartupLock extends AbstractProcessEnginePlugin implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
  static final String LOCK = "startup";

  private final DataSource dataSource;
  private final Duration timeout;
  private Connection held;

  StartupLock(DataSource dataSource, @Value("${casedesk.startup.lock-timeout:PT5M}") Duration timeout) {
    this.dataSource = dataSource;
    this.timeout = timeout;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  synchronized void acquire() {
    if (held != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      try {
        connection.setAutoCommit(false);
        if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
          // For this transaction only; the pooled connection keeps its defaults afterwards. (An H2 file
          // database is opened by one process only, so its lock is never contended by another node.)
          try (Statement statement = connection.createStatement()) {
            statement.execute("set local lock_timeout = '" + timeout.toMillis() + "ms'");
          }
        }
        long waitingSince = System.nanoTime();
        try (PreparedStatement lock = connection.prepareStatement("select name from cd_startup_lock where name = ? for update")) {
          lock.setString(1, LOCK);
          if (!lock.executeQuery().next()) {
            throw new IllegalStateException("cd_startup_lock has no row '" + LOCK + "'; is Flyway's migration V16 missing?");
          }
        }
        long waited = Duration.ofNanos(System.nanoTime() - waitingSince).toMillis();
        if (waited > 1000) {
          log.info("Waited {} ms for another node to finish its start-up", waited);
        }
        try (PreparedStatement mark = connection.prepareStatement(
            "update cd_startup_lock set started_by = ?, started_at = ? where name = ?")) {
          mark.setString(1, node());
          mark.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
          mark.setString(3, LOCK);
          mark.executeUpdate();
        }
        held = connection;
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not take the start-up lock within " + timeout + " (another node still starting?): " + e.getMessage(), e);
    }
  }

  /** Start-up is done: the next node may start. */
  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    release(true);
  }

  /** A start that failed (or a shutdown before ready) gives the lock back without its mark. */
  @Override
  public void destroy() {
    release(false);
  }

  synchronized boolean held() {
    return held != null;
  }

  private synchronized void release(boolean done) {
    if (held == null) {
      return;
    }
    try (Connection connection = held) {
      if (done) {
        connection.commit();
      } else {
        connection.rollback();
      }
    } catch (SQLException e) {
      log.warn("Releasing the start-up lock failed; the database releases it with the connection: {}", e.getMessage());
    } finally {
      held = null;
    }
  }

  private static String node() {
    try {
      return InetAddress.getLocalHost().getHostName() + " (pid " + ProcessHandle.current().pid() + ")";
    } catch (UnknownHostException e) {
      return "pid " + ProcessHandle.current().pid();
    }
  }
}
