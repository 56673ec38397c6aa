package dev.custos.server.erasure;

import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.server.platform.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the installation's erasure journal: the file {@value #JOURNAL}, by default {@code
 * <data>/erasure/erasures.journal}. Administrators should point it at storage that database backups
 * and restores never touch (see the admin guide).
 */
@ApplicationScoped
public class ErasureSettings {

  public static final String JOURNAL = "custos.erasure.journal";
  static final String DEFAULT_DIRECTORY = "erasure";
  static final String DEFAULT_FILE = "erasures.journal";

  @Produces
  @Singleton
  ErasureJournal journal(
      DataDirectory dataDirectory,
      MasterKeyRing ring,
      @ConfigProperty(name = JOURNAL) Optional<String> location) {
    Path file =
        location
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .orElseGet(() -> dataDirectory.directory(DEFAULT_DIRECTORY).resolve(DEFAULT_FILE));
    return new ErasureJournal(file, ring);
  }
}
