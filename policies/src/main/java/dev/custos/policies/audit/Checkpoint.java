package dev.custos.policies.audit;

import dev.custos.policies.crypto.Ed25519Signer;
import dev.custos.policies.crypto.Ed25519Verifier;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A signed statement that the chain's event {@code seq} has hash {@code hash}. The hash covers
 * every event before it, so one signature vouches for the whole chain up to {@code seq}: rewriting
 * history would need the private key.
 *
 * @param signature the Ed25519 signature of {@link #signedMessage()}, as 128 hex digits
 * @param keyId the {@link Ed25519Verifier#keyId() id} of the signing key
 */
public record Checkpoint(long seq, String hash, String signature, String keyId, Instant signedAt) {

  private static final byte[] DOMAIN =
      "custos-audit-checkpoint-v1".getBytes(StandardCharsets.US_ASCII);
  private static final HexFormat HEX = HexFormat.of();

  public Checkpoint {
    Objects.requireNonNull(signedAt, "signedAt");
    signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** Signs the chain's state at {@code seq}. */
  public static Checkpoint sign(long seq, String hash, Ed25519Signer signer, Instant signedAt) {
    String keyId = signer.verifier().keyId();
    Checkpoint unsigned = new Checkpoint(seq, hash, "", keyId, signedAt);
    return new Checkpoint(
        seq, hash, HEX.formatHex(signer.sign(unsigned.signedMessage())), keyId, signedAt);
  }

  /**
   * The bytes signed: a domain label (so a checkpoint signature is never valid for anything else),
   * the sequence number, the hash, the signing time in microseconds and the key id.
   */
  public byte[] signedMessage() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(DOMAIN);
      out.writeByte(0);
      out.writeLong(seq);
      out.write(ChainHash.bytes(hash));
      out.writeLong(EventFields.epochMicros(signedAt));
      out.write(keyId == null ? new byte[0] : keyId.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** True when the signature is the given key's signature of this checkpoint. */
  public boolean isSignedBy(Ed25519Verifier key) {
    if (!ChainHash.isWellFormed(hash) || signature == null || signature.length() != 128) {
      return false;
    }
    try {
      return key.verify(signedMessage(), HEX.parseHex(signature));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
