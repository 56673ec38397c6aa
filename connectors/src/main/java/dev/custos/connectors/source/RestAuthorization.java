package dev.custos.connectors.source;

import dev.custos.connectors.config.SourceSettings.Rest;
import dev.custos.connectors.ingest.ConnectorException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The Authorization header of a REST source, with its secret read at each run so a rotated token is
 * picked up without a restart.
 */
final class RestAuthorization {

  private RestAuthorization() {}

  static Optional<String> header(Rest settings, Map<String, String> environment) {
    try {
      return settings
          .auth()
          .map(
              auth ->
                  switch (auth) {
                    case Rest.Auth.Bearer bearer -> "Bearer " + bearer.token().read(environment);
                    case Rest.Auth.Basic basic ->
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    (basic.user() + ":" + basic.password().read(environment))
                                        .getBytes(StandardCharsets.UTF_8));
                  });
    } catch (IllegalStateException e) {
      // Its message names the file or variable, never the secret: safe to show an admin.
      throw new ConnectorException(e.getMessage(), e);
    }
  }
}
