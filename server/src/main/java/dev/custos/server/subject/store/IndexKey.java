package dev.custos.server.subject.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A blind index as a key: its kind and its digest (an HMAC, never the identifier). */
@Embeddable
public class IndexKey {

  @Column(name = "kind", length = 32)
  private String kind;

  @Column(name = "digest", length = 64)
  private String digest;

  protected IndexKey() {}

  IndexKey(String kind, String digest) {
    this.kind = kind;
    this.digest = digest;
  }

  String kind() {
    return kind;
  }

  String digest() {
    return digest;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IndexKey k && k.kind.equals(kind) && k.digest.equals(digest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, digest);
  }
}
