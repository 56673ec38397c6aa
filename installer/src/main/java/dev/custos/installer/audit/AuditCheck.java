package dev.custos.installer.audit;

import dev.custos.policies.audit.AuditChain;
import dev.custos.policies.audit.ChainVerdict;
import dev.custos.policies.crypto.Ed25519Verifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Verifies an installation's whole trail, from its first event, with its public key. */
public final class AuditCheck {

  /** The verdict, with what the walk could not see: events waiting to be sealed. */
  public record Result(ChainVerdict verdict, long unsealed, String keyId) {}

  private AuditCheck() {}

  public static Result run(Connection connection, Ed25519Verifier publicKey) {
    try (JdbcAuditTrail trail = new JdbcAuditTrail(connection)) {
      ChainVerdict verdict =
          AuditChain.verify(
              trail.events(),
              trail.checkpoints(),
              id -> id.equals(publicKey.keyId()) ? Optional.of(publicKey) : Optional.empty(),
              AuditChain.Start.GENESIS);
      return new Result(verdict, trail.unsealed(), publicKey.keyId());
    } catch (SQLException e) {
      throw new AuditReadException(
          "Reading the audit trail failed ("
              + e.getSQLState()
              + "): is this a Custos database of version 0.1 or later?",
          e);
    }
  }
}
