package dev.custos.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.testing.CustosServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first start creates the master key store and its pass phrase, private and unlogged. */
@ExtendWith(CustosServer.class)
class MasterKeysIT {

  private final CustosServer.Running server = CustosServer.get();

  @Test
  void theMasterKeyStoreAndItsPassphraseAreOwnerOnlyAndThePassphraseIsNeverLogged()
      throws Exception {
    Path keys = server.dataDir().resolve("keys");
    Path passphrase = keys.resolve(MasterKeyStore.DEFAULT_PASSPHRASE);

    for (Path file : new Path[] {keys.resolve(MasterKeyStore.DEFAULT_KEYSTORE), passphrase}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .as(file.getFileName().toString())
          .isEqualTo("rw-------");
    }
    assertThat(server.log())
        .contains("Master keys loaded")
        .doesNotContain(Files.readString(passphrase).strip());
  }
}
