package dev.custos.installer.cli;

import java.nio.file.Path;

/** What {@code custos demo} prints once the server is ready: where to look and what to try. */
final class DemoInstructions {

  private DemoInstructions() {}

  static String text(int port, Path adminPasswordFile, Path serverLog) {
    String base = "http://localhost:" + port;
    return """

        Custos demo is running.
          Console:     %1$s/
          Swagger UI:  %1$s/swagger-ui/
          Admin:       user admin, password in %2$s
          Server log:  %3$s

        Try the API (NPS by account and month):
          TOKEN=$(curl -s %1$s/api/v1/auth/token \\
            -d grant_type=password -d username=admin \\
            --data-urlencode "password=$(cat %4$s)" \\
            | sed -E 's/.*"access_token" *: *"([^"]+)".*/\\1/')
          curl -s -H "Authorization: Bearer $TOKEN" \\
            '%1$s/api/v1/metrics/nps?groupBy=account,month'

        Press Ctrl-C to stop.
        """
        .formatted(base, adminPasswordFile, serverLog, shellQuote(adminPasswordFile.toString()));
  }

  /** Quotes a value for a POSIX shell: single quotes, with embedded ones closed and escaped. */
  static String shellQuote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
