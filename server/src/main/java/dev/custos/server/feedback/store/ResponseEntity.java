package dev.custos.server.feedback.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** A survey response as stored. Responses are facts: they are never updated. */
@Entity
@Table(name = "survey_response")
public class ResponseEntity {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  @Id private UUID id;

  @Column(name = "external_id", length = 128)
  private String externalId;

  @Column(name = "account_id", nullable = false)
  private UUID accountId;

  @Column(name = "touchpoint", nullable = false, length = 64)
  private String touchpoint;

  @Column(name = "channel", nullable = false, length = 16)
  private String channel;

  @Column(name = "product", length = 100)
  private String product;

  @Column(name = "nps")
  private Short nps;

  @Column(name = "csat")
  private Short csat;

  @Column(name = "ces")
  private Short ces;

  @Column(name = "responded_at", nullable = false)
  private Instant respondedAt;

  @Column(name = "responded_month", nullable = false, length = 7)
  private String respondedMonth;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected ResponseEntity() {}

  public ResponseEntity(
      UUID id,
      String externalId,
      UUID accountId,
      String touchpoint,
      String channel,
      String product,
      Integer nps,
      Integer csat,
      Integer ces,
      Instant respondedAt,
      Instant receivedAt) {
    this.id = id;
    this.externalId = externalId;
    this.accountId = accountId;
    this.touchpoint = touchpoint;
    this.channel = channel;
    this.product = product;
    this.nps = nps == null ? null : nps.shortValue();
    this.csat = csat == null ? null : csat.shortValue();
    this.ces = ces == null ? null : ces.shortValue();
    this.respondedAt = respondedAt;
    this.respondedMonth = MONTH.format(respondedAt);
    this.receivedAt = receivedAt;
  }

  public UUID id() {
    return id;
  }

  public String externalId() {
    return externalId;
  }

  public UUID accountId() {
    return accountId;
  }

  public String touchpoint() {
    return touchpoint;
  }

  public String channel() {
    return channel;
  }

  public String product() {
    return product;
  }

  public Integer nps() {
    return nps == null ? null : nps.intValue();
  }

  public Integer csat() {
    return csat == null ? null : csat.intValue();
  }

  public Integer ces() {
    return ces == null ? null : ces.intValue();
  }

  public Instant respondedAt() {
    return respondedAt;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
