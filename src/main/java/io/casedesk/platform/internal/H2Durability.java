package io.casedesk.platform.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Warns when the desk runs on an H2 file database that acknowledges commits before writing them.
 * H2 keeps commits in memory for {@code WRITE_DELAY} milliseconds (500 by default) and writes them
 * in the background, so a crash of the process loses cases it already answered with 201. CaseDesk's
 * default URL sets {@code WRITE_DELAY=0}: each commit is written to the file before it returns. A URL
 * of an operator's own must keep that setting (it is re-read at every open of the database).
 */
@Component
class H2Durability implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(H2Durability.class);

  private final DataSource dataSource;

  H2Durability(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String url = connection.getMetaData().getURL();
      if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
        return;
      }
      // H2 lists the setting as stored and as in effect; both must be 0.
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
        while (rows.next()) {
          if (!"0".equals(rows.getString(1))) {
            log.warn("The H2 database {} runs with WRITE_DELAY={}: commits are acknowledged before they are written, and a "
                + "crash loses them. Add ;WRITE_DELAY=0 to its URL (see README, Durability).", url, rows.getString(1));
            return;
          }
        }
      }
    }
  }
}
