package dev.custos.connectors.camel;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.SourceSettings;
import dev.custos.connectors.config.SourceSettings.SftpCredential;
import dev.custos.connectors.config.SourceSettings.SftpServer;
import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.run.ConnectorJob;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.remote.SftpEndpoint;

/**
 * The {@code sftp:} endpoint of a file drop on an SFTP server. Files are fetched as bytes ({@code
 * binary=true}, streamed) and decoded by the connector's own reader, as local files are; done and
 * failed files are moved on the server. The password is set on the endpoint, never written into its
 * URI, which Camel may show in logs and management views.
 */
final class SftpEndpoints {

  private SftpEndpoints() {}

  static SftpEndpoint endpoint(
      CamelContext camel,
      ConnectorConfig config,
      SourceSettings.Files files,
      Map<String, String> environment,
      ConnectorJob job) {
    SftpServer server = files.sftp().orElseThrow();
    String strategy = "custosSftpPoll-" + config.id();
    camel.getRegistry().bind(strategy, new UnreachableServerReporter(job));
    String uri = uri(config, files, server, strategy);
    SftpEndpoint endpoint = camel.getEndpoint(uri, SftpEndpoint.class);
    if (server.credential() instanceof SftpCredential.Password password) {
      endpoint.getConfiguration().setPassword(secret(password, environment));
    }
    return endpoint;
  }

  private static String uri(
      ConnectorConfig config, SourceSettings.Files files, SftpServer server, String strategy) {
    // The run time in front of the name keeps a re-dropped file from overwriting an earlier one.
    String moved = "${date:now:yyyyMMddHHmmssSSS}-${file:onlyname}";
    StringBuilder uri =
        new StringBuilder("sftp:")
            .append(server.user())
            .append('@')
            .append(server.host())
            .append(':')
            .append(server.port())
            // A second slash makes the directory absolute rather than under the user's home.
            .append('/')
            .append(files.directory())
            .append("?binary=true&streamDownload=true&charset=")
            .append(files.encoding().name())
            .append("&include=RAW(")
            .append(files.pattern().pattern())
            .append(")&move=RAW(")
            .append(files.doneDirectory().resolve(moved))
            .append(")&moveFailed=RAW(")
            .append(files.failedDirectory().resolve(moved))
            .append(")&initialDelay=0&delay=")
            .append(config.schedule().toMillis())
            .append("&readLock=changed&readLockMinAge=1000&readLockCheckInterval=250")
            .append("&throwExceptionOnConnectFailed=true&maximumReconnectAttempts=0")
            .append("&useUserKnownHostsFile=false&strictHostKeyChecking=")
            .append(server.strictHostKeyChecking() ? "yes" : "no")
            .append("&pollStrategy=#")
            .append(strategy)
            .append("&exceptionHandler=#")
            .append(SafeExceptionHandler.BEAN)
            .append("&onCompletionExceptionHandler=#")
            .append(SafeExceptionHandler.BEAN);
    server
        .knownHostsFile()
        .ifPresent(k -> uri.append("&knownHostsFile=RAW(").append(k).append(')'));
    if (server.credential() instanceof SftpCredential.PrivateKey key) {
      uri.append("&privateKeyFile=RAW(").append(key.keyFile()).append(')');
    }
    return uri.toString();
  }

  private static String secret(SftpCredential.Password password, Map<String, String> environment) {
    try {
      return password.password().read(environment);
    } catch (IllegalStateException e) {
      // Its message names the file or variable, never the secret: safe to show an admin.
      throw new ConnectorException(e.getMessage(), e);
    }
  }
}
