package dev.custos.connectors.testing;

import dev.custos.connectors.ingest.PrivacyServices;
import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.classification.FieldClassPolicy;
import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.gate.GatedField;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.gate.PrivacyGate;
import dev.custos.policies.keys.DataKeyCache;
import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.SoftwareMasterKey;
import dev.custos.policies.keys.StoredDataKey;
import dev.custos.policies.keys.SubjectKeyStore;
import dev.custos.policies.keys.WrappedKey;
import dev.custos.policies.pii.PiiScanner;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.retention.RetentionRules;
import dev.custos.policies.subject.SubjectId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The real privacy gate over a software master key of fixed bytes and keys held in memory. */
public final class PrivacyFixture {

  public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  public static final PolicyPack GDPR = PolicyPacks.gdpr();

  public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  public final FieldCipher cipher;
  public final BlindIndexer indexer;
  public final PrivacyServices services;

  public PrivacyFixture() {
    byte[] kek = new byte[32];
    Arrays.fill(kek, (byte) 7);
    SoftwareMasterKey master = new SoftwareMasterKey(1, kek);
    DataKeys keys =
        new DataKeys(
            MasterKeyRing.latestActive(List.of(master)),
            new MemoryKeyStore(),
            new DataKeyCache(100_000, Duration.ofMinutes(5), clock),
            new SecureRandom());
    cipher = new FieldCipher(keys);
    indexer = BlindIndexer.fromMasterKey(master, "CN");
    PrivacyGate gate =
        new PrivacyGate(
            FieldClassPolicy.of(GDPR),
            cipher,
            indexer,
            new PiiScanner(),
            new RetentionPlanner(RetentionRules.defaults()),
            clock);
    services = new PrivacyServices(gate, indexer, cipher);
  }

  /** The clear text of an encrypted field of a gated record, as the server would read it back. */
  public String decrypted(GatedRecord record, String field) {
    var encrypted = (GatedField.Encrypted) record.field(field).orElseThrow();
    Decryption<String> opened =
        cipher.decryptText(
            new FieldContext(record.kind().id(), field, record.subject()), encrypted.envelope());
    return ((Decryption.Decrypted<String>) opened).value();
  }

  /** Data keys by subject, in memory. */
  private static final class MemoryKeyStore implements SubjectKeyStore {
    private final ConcurrentMap<String, StoredDataKey> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredDataKey> find(SubjectId subject) {
      return Optional.ofNullable(keys.get(subject.value()));
    }

    @Override
    public StoredDataKey saveIfAbsent(StoredDataKey key) {
      StoredDataKey existing = keys.putIfAbsent(key.subject().value(), key);
      return existing == null ? key : existing;
    }

    @Override
    public boolean replaceWrapping(
        SubjectId subject, int keyId, int expectedKekVersion, WrappedKey replacement) {
      return false;
    }

    @Override
    public boolean delete(SubjectId subject) {
      return keys.remove(subject.value()) != null;
    }

    @Override
    public List<StoredDataKey> wrappedBy(int kekVersion, Optional<SubjectId> after, int limit) {
      return List.of();
    }
  }
}
